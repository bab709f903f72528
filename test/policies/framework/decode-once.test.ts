/**
 * Props are decoded once per engine request and shared by every policy, keyed by the object the
 * engine sent, so one pack process serving several previews never mixes them up.
 */
import { decodeModel } from "../../../policies/framework/decode";
import { mediationServerRequireTwoNics } from "../../../policies/gateway";
import { analyze } from "../../harness/engine";
import { mediationModel } from "./sample";

const med = (props: Record<string, unknown>) => ({ kind: "mediationServer" as const, name: "med-1", props, topology: "contoso" });

describe("decoding once per request", () => {
  it("gives every policy the same decoded model for the same props", () => {
    const props = mediationModel();
    const first = decodeModel("mediationServer", 'Mediation Server "med-1"', props);
    expect(decodeModel("mediationServer", 'Mediation Server "med-1"', props)).toBe(first);
  });

  it("decodes other props, equal or not, on their own", () => {
    const first = decodeModel("mediationServer", 'Mediation Server "med-1"', mediationModel());
    const second = decodeModel("mediationServer", 'Mediation Server "med-1"', mediationModel());
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  it("judges each of several requests served by one process on its own props", async () => {
    const compliant = mediationModel();
    const external = mediationModel().external;
    if (!external) throw new Error("the sample Mediation Server has an external edge");
    const oneAdapter = mediationModel({ external: { ...external, adapter: compliant.internal.adapter } });
    expect(await analyze([mediationServerRequireTwoNics], med(compliant))).toEqual([]);
    expect((await analyze([mediationServerRequireTwoNics], med(oneAdapter))).map((d) => d.policyName)).toEqual(["mediation-server-require-two-nics"]);
    expect(await analyze([mediationServerRequireTwoNics], med(compliant))).toEqual([]);
  });
});
