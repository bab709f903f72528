/**
 * Violation example for OCS-ENC-1: expected to trip mandatory policy `server-require-valid-certificate` on `se-dublin`.
 *
 * The Standard Edition server's certificate expired on 2020-01-01; nothing else reads the expiry.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-ENC-1").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-ENC-1")).document);
