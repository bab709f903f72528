/**
 * Violation example for OCS-RISK-1: expected to trip mandatory policy `waiver-require-justification-owner-expiry` on `med-redmond`.
 *
 * The Mediation Server carries a waiver that expired on 2020-01-01; it waives nothing and is itself
 * a violation, while the waived advisory port rule holds anyway.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-RISK-1").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-RISK-1")).document);
