/**
 * Violation example for OCS-GW-5: expected to trip mandatory policy `mediation-server-require-network-separation` on `med-redmond`.
 *
 * The Redmond basic gateway moves to 10.1.30.20, outside the Mediation Server's external network
 * (its next hop is unchanged).
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-GW-5").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-GW-5")).document);
