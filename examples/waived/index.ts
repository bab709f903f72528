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
const med = spec.mediationServers.find((m) => m.name === example.resource);
if (!med) throw new Error(`the reference topology has no ${example.resource}`);
med.args.waivers = [
  {
    policy: example.policy,
    justification: "Single-adapter lab server until the second NIC is installed; gateway VLAN is firewalled.",
    owner: "Contoso voice team",
    expires: "2099-12-31",
  },
];
buildTopology(spec);
