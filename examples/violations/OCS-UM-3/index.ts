/**
 * Violation example for OCS-UM-3: expected to trip mandatory policy `um-dial-plan-require-unencrypted-capable-clients` on `dp-redmond`.
 *
 * The Redmond dial plan becomes SIPSecured (MTLS on, SRTP off, as Table 2 wants) while its pool's
 * clients require encryption.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-UM-3").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-UM-3")).document);
