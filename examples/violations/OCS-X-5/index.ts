/**
 * Violation example for OCS-X-5: expected to trip mandatory policy `certificate-enforce-role-fit` on `arch-redmond`.
 *
 * The Archiving Server certificate has a 1,024-bit key, below the 2,048-bit minimum; it stays valid
 * and covers the FQDN.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-X-5").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-X-5")).document);
