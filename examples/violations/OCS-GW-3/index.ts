/**
 * Violation example for OCS-GW-3: expected to trip mandatory policy `media-gateway-require-tls` on `gw-dublin`.
 *
 * The Dublin gateway link falls back to TCP on both ends (gateway transport and the Mediation
 * Server's external edge), so the next hop still matches.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-GW-3").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-GW-3")).document);
