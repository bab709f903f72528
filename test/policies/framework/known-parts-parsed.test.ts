/**
 * The rules judge the parsed model during preview too: a value unknown somewhere else in the props
 * must not stop the schema's trimming and normalisation of the known values, or a violation that
 * `pulumi up` reports would pass the preview.
 */
import { locationProfileEnforceDialPlanName } from "../../../policies/um";
import { mediationServerRequireTwoNics } from "../../../policies/gateway";
import { compliantResources } from "../../fixtures/reference-topology";
import { runPolicy, UNKNOWN } from "../../harness/engine";
import { externalEdge, model, setRaw } from "../suite/topology-suite";

describe("a value unknown during preview does not hide a violation of the known values", () => {
  it("OCS-GW-4: an external adapter spelt with a trailing space is the internal adapter, with a certificate thumbprint unknown", async () => {
    const resources = compliantResources();
    const med = model(resources, "mediationServer", "med-redmond");
    externalEdge(resources, "med-redmond").adapter = `${med.internal.adapter} `;
    const known = await runPolicy(mediationServerRequireTwoNics, resources);
    if (med.certificate === undefined) throw new Error("the reference Mediation Server has a certificate");
    setRaw(med.certificate, "thumbprint", UNKNOWN);
    const preview = await runPolicy(mediationServerRequireTwoNics, resources);

    expect(known).toHaveLength(1);
    expect(preview).toEqual(known);
    expect(preview[0].enforcementLevel).toBe("mandatory");
    expect(preview[0].message).toContain(`external edge uses adapter ${med.internal.adapter}, the same as its internal edge`);
  });

  it("OCS-X-1: a dial plan naming its location profile with a trailing space, with its UM servers unknown", async () => {
    const resources = compliantResources();
    model(resources, "locationProfile", "lp-redmond").name = "redmond-voice";
    const plan = model(resources, "umDialPlan", "dp-redmond");
    plan.locationProfile = "redmond-voice ";
    const known = await runPolicy(locationProfileEnforceDialPlanName, resources);
    setRaw(plan, "umServers", [UNKNOWN]);
    const preview = await runPolicy(locationProfileEnforceDialPlanName, resources);

    const onProfile = (ds: typeof known) => ds.filter((d) => d.message.includes('location profile "lp-redmond" is named redmond-voice'));
    expect(onProfile(known)).toHaveLength(1);
    expect(onProfile(preview)).toEqual(onProfile(known));
    expect(preview.filter((d) => d.enforcementLevel === "mandatory")).toEqual(known);
  });
});
