import { locationProfileRequireExplicitDialPlan } from "../../../policies/um";
import { mediationServerRequireUniqueInternalRoute } from "../../../policies/gateway";
import { compliantResources } from "../../fixtures/reference-topology";
import { runPolicy, UNKNOWN } from "../../harness/engine";
import { model, setRaw } from "../suite/topology-suite";

describe("a note about a value unknown during preview", () => {
  it("names the member judged and, when it is another's, whose value it waits for", async () => {
    const resources = compliantResources();
    const plan = model(resources, "umDialPlan", "dp-redmond");
    Reflect.deleteProperty(plan, "voipSecurity");
    setRaw(model(resources, "locationProfile", "lp-redmond"), "exchangeUm", UNKNOWN);
    const found = await runPolicy(locationProfileRequireExplicitDialPlan, resources);

    expect(found).toHaveLength(1);
    expect(found[0].enforcementLevel).toBe("advisory");
    expect(found[0].message).toContain(
      'not verifiable until update: location profile "lp-redmond" exchangeUm; UM dial plan "dp-redmond" exchangeUm of location profile "lp-redmond" are unknown during preview (OCS-UM-5)',
    );
  });

  it("OCS-GW-6: a Mediation Server with no known clash waits for another member's unknown endpoint", async () => {
    const resources = compliantResources();
    const dublin = model(resources, "mediationServer", "med-dublin");
    const redmond = model(resources, "mediationServer", "med-redmond");
    // Dublin's internal edge takes Redmond's address: a clash, unless Redmond's address is unknown.
    dublin.internal.ip = redmond.internal.ip;
    dublin.internal.port = redmond.internal.port;
    expect((await runPolicy(mediationServerRequireUniqueInternalRoute, resources)).map((d) => d.enforcementLevel)).toEqual(["mandatory", "mandatory"]);

    setRaw(redmond.internal, "ip", UNKNOWN);
    const found = await runPolicy(mediationServerRequireUniqueInternalRoute, resources);
    expect(found).toHaveLength(1);
    expect(found[0].enforcementLevel).toBe("advisory");
    expect(found[0].message).toContain('Mediation Server "med-dublin" internal.ip of Mediation Server "med-redmond"');
  });
});
