/**
 * Violation example for OCS-UM-5: expected to trip mandatory policy `location-profile-require-explicit-dial-plan` on `lp-redmond`.
 *
 * The Redmond dial plan's VoipSecurity is left unset (MTLS and SRTP stay on); the level-dependent
 * rules skip a plan without a level.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-UM-5").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-UM-5")).document);
