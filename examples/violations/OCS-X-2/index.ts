/**
 * Violation example for OCS-X-2: expected to trip mandatory policy `mediation-server-require-pool-next-hop` on `med-redmond`.
 *
 * The Redmond Mediation Server forwards to the Archiving Server: a member of the topology (GW-8
 * holds) but not a pool or Standard Edition server.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-X-2").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-X-2")).document);
