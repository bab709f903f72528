/**
 * Violation example for OCS-ENC-4: expected to trip advisory policy `server-require-kerberos` on `se-dublin`.
 *
 * The Standard Edition server accepts NTLM only; the Kerberos rule is advisory and nothing
 * mandatory reads authentication.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-ENC-4").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-ENC-4")).document);
