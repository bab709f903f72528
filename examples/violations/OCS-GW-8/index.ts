/**
 * Violation example for OCS-GW-8: expected to trip mandatory policy `media-gateway-require-single-mediation-server` on `gw-redmond`.
 *
 * The Redmond gateway names a Mediation Server that is not in the topology; the next-hop rule skips
 * gateways whose server does not resolve.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-GW-8").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-GW-8")).document);
