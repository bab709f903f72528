/**
 * Violation example for OCS-FED-2: expected to trip advisory policy `edge-limit-av-ports-to-r2` on `edge-redmond`.
 *
 * fabrikam.com upgrades to OCS 2007 R2 but the OCS 2007 ranges stay open: more than R2 needs
 * (advisory); the legacy-port rule no longer applies.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-FED-2").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-FED-2")).document);
