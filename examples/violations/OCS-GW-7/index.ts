/**
 * Violation example for OCS-GW-7: expected to trip mandatory policy `media-gateway-require-mediation-next-hop` on `gw-redmond`.
 *
 * The Redmond gateway's next hop uses port 5070 instead of its Mediation Server's external port
 * 5060.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-GW-7").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-GW-7")).document);
