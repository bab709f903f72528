import { umDialPlanRequireUnencryptedCapableClients } from "../../../policies/um";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";
import { addClientPolicy, setLevel, withoutClientPolicies } from "./helpers";

topologyPolicySuite({
  policy: umDialPlanRequireUnencryptedCapableClients,
  name: "um-dial-plan-require-unencrypted-capable-clients",
  requirements: ["OCS-UM-3"],
  level: "mandatory",
  cases: [
    {
      title: "SIPSecured plan serving a pool whose global level is required",
      change: (r) => setLevel(r, "dp-dublin", "SIPSecured"),
      violations: [
        {
          on: "dp-dublin",
          says: ["is SIPSecured and serves pool se01.dublin.contoso.com", 'level is required (from client encryption policy "client-encryption-global")', "must be rejected or optional"],
        },
      ],
    },
    {
      title: "pool-scoped required overriding a global optional",
      change: (r) => {
        setLevel(r, "dp-redmond", "SIPSecured");
        model(r, "clientEncryptionPolicy", "client-encryption-global").level = "optional";
        addClientPolicy(r, "client-encryption-redmond", "required", ["POOL01.contoso.com"]);
      },
      violations: [{ on: "dp-redmond", says: ['level is required (from client encryption policy "client-encryption-redmond")', "rejected or optional"] }],
    },
  ],
  silent: [
    {
      title: "pool-scoped optional overriding the global required",
      change: (r) => {
        setLevel(r, "dp-dublin", "SIPSecured");
        addClientPolicy(r, "client-encryption-dublin", "optional", ["se01.dublin.contoso.com"]);
      },
    },
    { title: "Unsecured plans are OCS-UM-1's", change: (r) => setLevel(r, "dp-dublin", "Unsecured") },
  ],
  config: [
    {
      title: "default level optional with no client policy",
      change: (r) => {
        setLevel(r, "dp-dublin", "SIPSecured");
        withoutClientPolicies(r);
      },
      config: {},
      violations: 0,
    },
    {
      title: "default level required with no client policy",
      change: (r) => {
        setLevel(r, "dp-dublin", "SIPSecured");
        withoutClientPolicies(r);
      },
      config: { defaultClientLevel: "required" },
      violations: 1,
    },
  ],
  unknown: {
    title: "one pool's scoped level unknown, the other's required",
    change: (r) => {
      setLevel(r, "dp-dublin", "SIPSecured");
      setLevel(r, "dp-redmond", "SIPSecured");
      addClientPolicy(r, "client-encryption-dublin", "optional", ["se01.dublin.contoso.com"]);
      setRaw(model(r, "clientEncryptionPolicy", "client-encryption-dublin"), "level", UNKNOWN);
    },
    unknownOn: "dp-dublin",
    violationOn: "dp-redmond",
  },
  malformed: {
    title: "client level not one of the three",
    change: (r) => setRaw(model(r, "clientEncryptionPolicy", "client-encryption-global"), "level", "maybe"),
    on: "client-encryption-global",
  },
});
