/**
 * Contoso's own policy pack: the ocs-guard policies its voice team enforces on every stack, chosen
 * by area and severity instead of copied. `select` adds the two waiver policies (OCS-RISK-1) built
 * for exactly this selection, so waivers keep their rules in this pack too.
 */
import { PolicyPack } from "@pulumi/policy";
import { select } from "ocs-guard/policies";

new PolicyPack("contoso-voice", {
  policies: select({ areas: ["gateway", "um", "encryption"], severities: ["critical", "high", "medium"] }),
});
