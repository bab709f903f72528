/**
 * The reference topology with values marked secret (`pulumi.secret`) that break the guide: the
 * Redmond gateway's address (outside the Mediation Server's external subnet, OCS-GW-5), the
 * Dublin gateway's next-hop port (not the Mediation Server's port, OCS-GW-7) and the Dublin
 * Mediation Server's next hop (an FQDN that is no pool, OCS-GW-3). The Redmond Mediation Server
 * puts both edges on one adapter (OCS-GW-4) under a waiver whose justification and owner are
 * secret. The preview reports every violation and the accepted risk with `[secret]` where a
 * secret value would be.
 */
import * as pulumi from "@pulumi/pulumi";
import { MediaGateway, MediationServer } from "../../components";
import type { Kind } from "../../components/model";
import { buildTopology } from "../reference/build";
import { type Member, referenceSpec } from "../reference/spec";

/** Takes the member called `name` out of `list`, to build it here with secret values. */
function take<K extends Kind>(list: Member<K>[], name: string): Member<K>["args"] {
  const index = list.findIndex((m) => m.name === name);
  const [found] = index === -1 ? [] : list.splice(index, 1);
  if (!found) throw new Error(`the reference topology has no member "${name}"`);
  return found.args;
}

const spec = referenceSpec();
const gwRedmond = take(spec.mediaGateways, "gw-redmond");
const gwDublin = take(spec.mediaGateways, "gw-dublin");
const medRedmond = take(spec.mediationServers, "med-redmond");
const medDublin = take(spec.mediationServers, "med-dublin");
if (!medRedmond.external) throw new Error("the reference Mediation Servers have an external edge");

const built = buildTopology(spec);
const child = { parent: built.topology };

new MediationServer(
  "med-redmond",
  {
    ...medRedmond,
    external: { ...medRedmond.external, adapter: medRedmond.internal.adapter },
    waivers: [
      {
        policy: "mediation-server-require-two-nics",
        justification: pulumi.secret("Single adapter in the lab qz9, gateway VLAN firewalled"),
        owner: pulumi.secret("voice-owner-qz9@contoso.com"),
        // Waivers may run at most 365 days ahead (the pack's default horizon).
        expires: new Date(Date.now() + 180 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
      },
    ],
  },
  child,
);
new MediationServer("med-dublin", { ...medDublin, nextHop: pulumi.secret("pool-qz9.contoso.com") }, child);
new MediaGateway("gw-redmond", { ...gwRedmond, ip: pulumi.secret("10.1.30.77") }, child);
new MediaGateway("gw-dublin", { ...gwDublin, nextHop: { ...gwDublin.nextHop, port: pulumi.secret(5077) } }, child);
