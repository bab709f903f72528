/**
 * Violation example for OCS-GW-6: expected to trip mandatory policy `mediation-server-require-unique-internal-route` on `med-dublin`.
 *
 * The Dublin Mediation Server's internal edge takes the Redmond one's address and network, so both
 * share 10.1.10.5:5061; separation still holds.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-GW-6").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-GW-6")).document);
