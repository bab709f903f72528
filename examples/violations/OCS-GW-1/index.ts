/**
 * Violation example for OCS-GW-1: expected to trip mandatory policy `mediation-server-require-srtp` on `med-redmond`.
 *
 * The Redmond Mediation Server only supports media encryption instead of requiring SRTP.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-GW-1").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-GW-1")).document);
