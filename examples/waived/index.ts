/**
 * The OCS-GW-4 violation (both Mediation Server edges on one network adapter), accepted by a
 * valid waiver: the preview passes and reports the waived violation as an accepted risk.
 */
import { buildTopology } from "../reference/build";
import { referenceSpec } from "../reference/spec";
import { violation } from "../violations/catalog";

const spec = referenceSpec();
const example = violation("OCS-GW-4");
example.mutate(spec);
/** A waiver may run at most 365 days ahead (the pack's default horizon), so this one ends in 180. */
const inSixMonths = new Date(Date.now() + 180 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
const med = spec.mediationServers.find((m) => m.name === example.resource);
if (!med) throw new Error(`the reference topology has no ${example.resource}`);
med.args.waivers = [
  {
    policy: example.policy,
    justification: "Single-adapter lab server until the second NIC is installed; gateway VLAN is firewalled.",
    owner: "Contoso voice team",
    expires: inSixMonths,
  },
];
buildTopology(spec);
