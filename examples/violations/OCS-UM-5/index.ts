/**
 * Violation example for OCS-UM-5: expected to trip mandatory policy `location-profile-require-explicit-dial-plan` on `lp-redmond`.
 *
 * The Redmond dial plan's VoipSecurity is left unset (MTLS and SRTP stay on); the level-dependent
 * rules skip a plan without a level.
 *
 * The change itself is `violation("OCS-UM-5").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-UM-5").mutate(spec);
buildTopology(spec);
