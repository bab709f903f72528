/**
 * Violation example for OCS-GW-4: expected to trip mandatory policy `mediation-server-require-two-nics` on `med-redmond`.
 *
 * Both edges of the Redmond Mediation Server sit on the same network adapter; addresses and subnets
 * are unchanged.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-GW-4").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-GW-4")).document);
