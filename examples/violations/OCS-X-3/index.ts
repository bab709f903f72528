/**
 * Violation example for OCS-X-3: expected to trip mandatory policy `edge-require-public-av-address` on `edge-redmond`.
 *
 * The A/V Edge external address becomes the private 10.20.0.12; its ports stay distinct, so only
 * the public-address rule trips.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-X-3").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-X-3")).document);
