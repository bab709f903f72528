/**
 * Violation example for OCS-UM-4: expected to trip mandatory policy `um-dial-plan-require-srtp-capable-clients` on `dp-redmond`.
 *
 * A pool-scoped client policy rejects encryption for the pool a Secured dial plan serves; besides,
 * only the advisory rejected-level rule fires.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-UM-4").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-UM-4")).document);
