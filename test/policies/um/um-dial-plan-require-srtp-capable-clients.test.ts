import { umDialPlanRequireSrtpCapableClients } from "../../../policies/um";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";
import { addClientPolicy, setLevel, withoutClientPolicies } from "./helpers";

topologyPolicySuite({
  policy: umDialPlanRequireSrtpCapableClients,
  name: "um-dial-plan-require-srtp-capable-clients",
  requirements: ["OCS-UM-4"],
  level: "mandatory",
  cases: [
    {
      title: "pool-scoped rejected for a pool served by a Secured plan",
      change: (r) => addClientPolicy(r, "client-encryption-dublin", "rejected", ["se01.dublin.contoso.com"]),
      violations: [
        {
          on: "dp-dublin",
          says: ["is Secured and serves pool se01.dublin.contoso.com", 'level is rejected (from client encryption policy "client-encryption-dublin")', "must be optional or required"],
        },
      ],
    },
    {
      title: "global rejected",
      change: (r) => (model(r, "clientEncryptionPolicy", "client-encryption-global").level = "rejected"),
      violations: [
        { on: "dp-redmond", says: ["serves pool pool01.contoso.com", "level is rejected", "optional or required"] },
        { on: "dp-dublin", says: ["serves pool se01.dublin.contoso.com", "level is rejected", "optional or required"] },
      ],
    },
  ],
  silent: [
    {
      title: "SIPSecured plans are OCS-UM-3's",
      change: (r) => {
        setLevel(r, "dp-dublin", "SIPSecured");
        addClientPolicy(r, "client-encryption-dublin", "rejected", ["se01.dublin.contoso.com"]);
      },
    },
    { title: "pool-scoped optional", change: (r) => addClientPolicy(r, "client-encryption-dublin", "optional", ["se01.dublin.contoso.com"]) },
  ],
  config: [
    { title: "default level optional with no client policy", change: withoutClientPolicies, config: {}, violations: 0 },
    { title: "default level rejected with no client policy", change: withoutClientPolicies, config: { defaultClientLevel: "rejected" }, violations: 2 },
  ],
  unknown: {
    title: "one pool's scoped level unknown, the global rejected",
    change: (r) => {
      model(r, "clientEncryptionPolicy", "client-encryption-global").level = "rejected";
      addClientPolicy(r, "client-encryption-dublin", "optional", ["se01.dublin.contoso.com"]);
      setRaw(model(r, "clientEncryptionPolicy", "client-encryption-dublin"), "level", UNKNOWN);
    },
    unknownOn: "dp-dublin",
    violationOn: "dp-redmond",
  },
  malformed: {
    title: "dial plan serving no pool",
    change: (r) => (model(r, "umDialPlan", "dp-redmond").servesPools = []),
    on: "dp-redmond",
  },
});
