/**
 * Violation example for OCS-X-1: expected to trip mandatory policy `location-profile-enforce-dial-plan-name` on `lp-redmond`.
 *
 * The Redmond location profile is renamed redmond-voice (and its dial plan follows, so UM-5 holds):
 * the name no longer equals the dial plan's FQDN.
 *
 * The change itself is `violation("OCS-X-1").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-X-1").mutate(spec);
buildTopology(spec);
