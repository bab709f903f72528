/**
 * Violation example for OCS-FED-1: expected to trip mandatory policy `edge-require-legacy-federation-ports` on `edge-redmond`.
 *
 * The udp inbound 50000-59999 rule is removed while fabrikam.com still federates A/V on OCS 2007.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-FED-1").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-FED-1")).document);
