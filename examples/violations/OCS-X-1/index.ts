/**
 * Violation example for OCS-X-1: expected to trip mandatory policy `location-profile-enforce-dial-plan-name` on `lp-redmond`.
 *
 * The Redmond location profile is renamed redmond-voice (and its dial plan follows, so UM-5 holds):
 * the name no longer equals the dial plan's FQDN.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-X-1").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-X-1")).document);
