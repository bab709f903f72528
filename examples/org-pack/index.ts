/**
 * Contoso's own policy pack: the ocs-guard policies its voice team enforces on every stack, chosen
 * by area and severity instead of copied. `select` adds the two waiver policies (OCS-RISK-1) built
 * for exactly this selection, so waivers keep their rules in this pack too.
 */
import { selectPolicies, servePack } from "ocs-guard/policies";

// servePack also lets the pack configuration (exceptions, their rules) reach the waiver policies.
servePack("contoso-voice", selectPolicies({ areas: ["gateway", "um", "encryption"], severities: ["critical", "high", "medium"] }));
