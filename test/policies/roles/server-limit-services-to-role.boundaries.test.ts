/**
 * Exact wording of server-limit-services-to-role: the allowed list of a role without extra
 * services, and service names compared after trimming and folding to lower case (killed mutants of
 * the role list and the name normalisation).
 */
import { serverLimitServicesToRole } from "../../../policies/roles/server-limit-services-to-role";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { UNKNOWN } from "../../harness/engine";

describe("server-limit-services-to-role boundaries", () => {
  it("lists exactly the role's own services when no extra service is configured", async () => {
    const found = await diagnosticsOf(serverLimitServicesToRole, changed("mediationServer", (p) => void (p.services = ["mediation", "iis"])));
    expect(found.map((d) => d.message.split("\n").pop())).toEqual([
      'Mediation Server "med-1" has service "iis" installed; the Mediation Server role allows only mediation (OCS-ROLE-1).',
    ]);
  });

  it("tells a look-alike service from the role's own: case is folded down, not up", async () => {
    // "mediatıon" (dotless i) upper-cases to MEDIATION, so only folding to lower case keeps it apart.
    const found = await diagnosticsOf(serverLimitServicesToRole, changed("mediationServer", (p) => void (p.services = ["mediatıon"])));
    expect(found.map((d) => d.message.split("\n").pop())).toEqual([
      'Mediation Server "med-1" has service "mediatıon" installed; the Mediation Server role allows only mediation (OCS-ROLE-1).',
    ]);
  });

  it("accepts a role service written with surrounding spaces, even when the schema has not trimmed it", async () => {
    expect(await diagnosticsOf(serverLimitServicesToRole, changed("mediationServer", (p) => void (p.services = [" mediation "])))).toEqual([]);
    // With an unknown value elsewhere in the server, the rule reads the props as sent, untrimmed.
    const pending = changed("mediationServer", (p) => Object.assign(p, { services: [" mediation "], site: UNKNOWN }));
    expect(await diagnosticsOf(serverLimitServicesToRole, pending)).toEqual([]);
  });
});
