/**
 * Violation example for OCS-ENC-2: expected to trip mandatory policy `server-require-tls-signaling` on `pool-redmond`.
 *
 * The pool gains a plain-TCP SIP listener on 5060; only the server-link signaling rule reads pool
 * listeners.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-ENC-2").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-ENC-2")).document);
