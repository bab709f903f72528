/**
 * Violation example for OCS-ENC-3: expected to trip mandatory policy `media-require-srtp` on `pool-redmond`.
 *
 * The pool only supports media encryption instead of requiring it; the Mediation Server rule (GW-1)
 * is separate.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-ENC-3").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-ENC-3")).document);
