/**
 * The reference topology, except that the Redmond Mediation Server's external (gateway-side) IP
 * address comes from another resource: an address allocator whose output is unknown during
 * preview, as an IP from a cloud network interface would be. Preview reports the rules that read
 * the address as not verifiable until update; `pulumi up` enforces them once the address is known.
 *
 * Config `allocatedIp` (default: the reference address 10.1.20.5) is what the allocator returns.
 */
import * as pulumi from "@pulumi/pulumi";
import { MediationServer } from "../../components";
import { buildTopology } from "../reference/build";
import { referenceSpec } from "../reference/spec";

interface AllocatorInputs {
  requested: string;
}

const allocatorProvider: pulumi.dynamic.ResourceProvider<AllocatorInputs, { ip: string }> = {
  async create(inputs) {
    return { id: `address-${inputs.requested}`, outs: { ip: inputs.requested } };
  },
};

/** Hands out an address; its `ip` output is unknown until the resource is created. */
class AddressAllocator extends pulumi.dynamic.Resource {
  declare readonly ip: pulumi.Output<string>;

  constructor(name: string, requested: string) {
    super(allocatorProvider, name, { requested, ip: undefined }, {});
  }
}

const allocatedIp = new pulumi.Config().get("allocatedIp") ?? "10.1.20.5";
const spec = referenceSpec();
const index = spec.mediationServers.findIndex((m) => m.name === "med-redmond");
const [medRedmond] = spec.mediationServers.splice(index, 1);
if (!medRedmond?.args.external) throw new Error("the reference topology has no med-redmond with an external edge");

const built = buildTopology(spec);
const address = new AddressAllocator("med-redmond-external-ip", allocatedIp);
new MediationServer(
  medRedmond.name,
  { ...medRedmond.args, external: { ...medRedmond.args.external, ip: address.ip } },
  { parent: built.topology },
);
