import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import {
  credentialsTable,
  findProcedure,
  normalizeGroup,
  proceduresOf,
  satisfies,
  TABLE1_INTRODUCTION,
  TABLE1_NOTE,
  TABLE1_TITLE,
  type CredentialLine,
  type Table1Section,
} from "../../components/model/deployment-credentials";
import { deploymentComponent } from "../../components/model/deployment-task";

// The seed sits beside the repository (../shared/seeds from the repo root).
const SEED = resolve(__dirname, "..", "..", "..", "shared", "seeds", "001_40c4cf22942ed02e.txt");

function readSeed(): string {
  if (!existsSync(SEED)) {
    throw new Error(
      `seed 001 (Table 1) not found at ${SEED}: the table data is checked against it line by line, so the seed must be present`,
    );
  }
  return readFileSync(SEED, "utf8");
}

/** The non-empty lines of Table 1, as the seed writes them (bullets stripped). */
function seedTableLines(seed: string): string[] {
  const lines = seed.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === TABLE1_TITLE);
  const end = lines.findIndex((l, i) => i > start && l.trim() === "Security Levels");
  if (start < 0 || end < 0) throw new Error("seed 001 no longer contains Table 1 between its title and \"Security Levels\"");
  return lines
    .slice(start + 1, end)
    .map((l) => l.trim().replace(/^•\s*/, ""))
    .filter((l) => l !== "" && l !== "Procedure Administrative credentials or roles required" && l !== "OR");
}

/** Every text the data holds, in the same terms. */
function dataTexts(sections: readonly Table1Section[]): string[] {
  const texts: string[] = [];
  for (const section of sections) {
    texts.push(section.title);
    for (const row of section.rows) {
      if (row.kind === "alternatives") {
        texts.push(...row.alternatives, ...row.credentials.map((c) => c.text));
        continue;
      }
      texts.push(row.procedure, ...row.credentials.map((c) => c.text), ...row.steps.map((s) => s.text));
      for (const note of row.notes) texts.push(...(note.label ? [note.label] : []), note.text);
    }
  }
  return texts;
}

function counts(texts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

const seed = readSeed();

describe("Table 1 data against seed 001", () => {
  it("holds every non-empty line of Table 1 exactly, and nothing else", () => {
    const expected = counts(seedTableLines(seed));
    const actual = counts(dataTexts(credentialsTable));
    const missing = [...expected].filter(([t, n]) => (actual.get(t) ?? 0) < n).map(([t]) => t);
    const extra = [...actual].filter(([t, n]) => (expected.get(t) ?? 0) < n).map(([t]) => t);
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("quotes the table title, its introduction and its Note verbatim", () => {
    expect(seed).toContain(TABLE1_TITLE);
    expect(seed).toContain(TABLE1_INTRODUCTION);
    expect(seed).toContain(TABLE1_NOTE);
  });

  it("has one section per deployment component, in seed order, with the seed's headings", () => {
    expect(credentialsTable.map((s) => s.component)).toEqual(deploymentComponent.options);
    const lines = seedTableLines(seed);
    const positions = credentialsTable.map((s) => lines.indexOf(s.title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  // Counted by hand from the seed: procedures (both alternatives of an "OR" row count), credential lines, steps.
  it.each([
    ["standard-edition", 10, 15, 0],
    ["enterprise-edition-consolidated", 13, 21, 0],
    ["dial-in-conferencing", 10, 15, 0],
    ["response-group-service", 5, 8, 0],
    ["archiving-server", 5, 6, 0],
    ["monitoring-server", 5, 7, 0],
    ["communicator-web-access", 4, 4, 0],
    ["group-chat", 8, 10, 0],
    ["administrative-tools", 3, 4, 0],
    ["edge-server", 4, 7, 0],
    ["communicator-mobile-windows-mobile", 5, 5, 0],
    ["communicator-mobile-java", 5, 5, 0],
    ["outside-voice-control", 4, 7, 0],
    ["enterprise-voice-pbx-coexistence", 8, 7, 6],
    ["enterprise-voice-standalone", 6, 4, 8],
    ["device-update-service", 1, 0, 0],
  ] as const)("%s has %i procedures, %i credential lines and %i steps", (component, procedures, lines, steps) => {
    const section = credentialsTable.find((s) => s.component === component);
    expect(section).toBeDefined();
    expect(proceduresOf(component)).toHaveLength(procedures);
    const rows = section?.rows ?? [];
    expect(rows.reduce((n, r) => n + r.credentials.length, 0)).toBe(lines);
    expect(rows.reduce((n, r) => n + (r.kind === "procedure" ? r.steps.length : 0), 0)).toBe(steps);
  });

  it("keeps the Standard Edition procedures in seed order", () => {
    expect(proceduresOf("standard-edition")).toEqual([
      "Install prerequisite software",
      "Prepare Active Directory Domain Services (AD\u00a0DS)",
      "Prepare Windows for setup",
      "Create and verify DNS records",
      "Deploy and activate Standard Edition server and applications",
      "Configure Standard Edition server",
      "Configure certificates for Office Communications Server",
      "Start the services",
      "Validate server configuration",
      "Optionally, configure A/V and Web conferencing",
    ]);
  });

  it("marks Device Update Service as inheriting Standard and Enterprise Edition, with no credentials", () => {
    const section = credentialsTable.find((s) => s.component === "device-update-service");
    expect(section?.inherits).toEqual(["standard-edition", "enterprise-edition-consolidated"]);
    const found = findProcedure("device-update-service", "Deployment");
    expect(found.found && found.credentials).toEqual([]);
  });
});

describe("parsed credential lines", () => {
  const lineOf = (component: Parameters<typeof findProcedure>[0], procedure: string, text: string): CredentialLine => {
    const found = findProcedure(component, procedure);
    if (!found.found) throw new Error(`no ${procedure}`);
    const l = found.credentials.find((c) => c.text === text);
    if (!l) throw new Error(`no line ${text}`);
    return l;
  };

  it("reads \"A, or B and C\" as A or (B and C)", () => {
    const l = lineOf("communicator-web-access", "Create virtual server", "Domain Admins, or RTCUniversalServerAdmins and local Administrators");
    expect(l.terms.map((t) => t.anyOf)).toEqual([[["Domain Admins"], ["RTCUniversalServerAdmins", "Administrators"]]]);
  });

  it("reads \"A and B\" as two terms and keeps the qualifiers", () => {
    const schema = lineOf(
      "standard-edition",
      "Prepare Active Directory Domain Services (AD DS)",
      "Member of Schema Admins group and Administrator rights on the schema master",
    );
    expect(schema.terms.map((t) => t.anyOf)).toEqual([[["Schema Admins"]], [["schema master administrator right"]]]);
    const forest = lineOf(
      "standard-edition",
      "Prepare Active Directory Domain Services (AD DS)",
      "Member of EnterpriseAdmins group for the forest root domain",
    );
    expect(forest.terms[0]?.qualifier).toBe("for the forest root domain");
    const msmq = lineOf(
      "archiving-server",
      "Install prerequisite software",
      "Administrators group and Domain Admins group (to install Message Queuing with Active Directory integration enabled)",
    );
    expect(msmq.terms.map((t) => [t.anyOf, t.qualifier])).toEqual([
      [[["Administrators"]], undefined],
      [[["Domain Admins"]], "to install Message Queuing with Active Directory integration enabled"],
    ]);
  });

  it("keeps the SIP-trunking credential to that alternative only", () => {
    const basic = findProcedure("dial-in-conferencing", "Deploy a third-party basic media gateway");
    const trunk = findProcedure("dial-in-conferencing", "Configure the Mediation Server to perform SIP trunking");
    expect(basic.found && basic.credentials.map((c) => c.text)).toEqual(["RTCUniversalServerAdmins group (to configure Mediation Server)"]);
    expect(trunk.found && trunk.credentials.map((c) => c.text)).toEqual([
      "RTCUniversalServerAdmins group (to configure Mediation Server)",
      "Administrator of the SIP trunking provider",
    ]);
  });

  it("marks the media gateway line as conditional", () => {
    const found = findProcedure("enterprise-voice-standalone", "Deploy media gateways");
    expect(found.found && found.credentials[0]?.condition).toBe(
      "if the media gateway requires creation of trusted service entries",
    );
  });
});

describe("findProcedure", () => {
  it("matches without regard to case or the seed's no-break spaces", () => {
    const found = findProcedure("enterprise-edition-consolidated", "prepare ad ds");
    expect(found.found && found.procedure).toBe("Prepare AD\u00a0DS");
  });

  it("resolves a step to its own line, and a stepped procedure without a step to every step's line", () => {
    const step = findProcedure("enterprise-voice-standalone", "Deploy Office Communications Server", "Create enterprise pool");
    expect(step.found && step.credentials.map((c) => c.text)).toEqual([
      "RTCUniversalServerAdmins and Domain Admins or equivalent credentials",
    ]);
    const whole = findProcedure("enterprise-voice-standalone", "Deploy Office Communications Server");
    expect(whole.found && whole.credentials).toHaveLength(6);
  });

  it.each([
    ["standard-edition", "Create the pool", undefined, "unknown-procedure"],
    ["enterprise-voice-standalone", "Deploy Office Communications Server", "Create the pool", "unknown-step"],
    ["standard-edition", "Start the services", "Start front end", "no-steps"],
  ] as const)("%s / %s / %s is %s", (component, procedure, step, problem) => {
    const found = findProcedure(component, procedure, step);
    expect(found.found ? "found" : found.problem).toBe(problem);
  });

  it("lists the section's procedures when the procedure is unknown", () => {
    const found = findProcedure("edge-server", "Install Edge");
    expect(!found.found && found.valid).toEqual([
      "Set up the infrastructure for Edge Servers",
      "Set up Edge Servers",
      "Configure the environment",
      "Validate edge configuration",
    ]);
  });
});

describe("normalizeGroup", () => {
  it.each([
    ["Domain Admins", "Domain Admins"],
    ["DomainAdmins", "Domain Admins"],
    ["domain admins group", "Domain Admins"],
    ["CONTOSO\\Domain Admins", "Domain Admins"],
    ["EnterpriseAdmins", "Enterprise Admins"],
    ["Enterprise  Admins Group", "Enterprise Admins"],
    ["Schema Admins group", "Schema Admins"],
    ["Administrators group", "Administrators"],
    ["Administrator", "Administrators"],
    ["Local Administrator", "Administrators"],
    ["local administrators", "Administrators"],
    ["BUILTIN\\Administrators", "Administrators"],
    ["RTCUniversalServerAdmins group", "RTCUniversalServerAdmins"],
    ["rtcuniversaluseradmins Group", "RTCUniversalUserAdmins"],
    ["DNS Admins group", "DnsAdmins"],
    ["Office Communications Server 2007 R2 user", "OCS user"],
    ["CONTOSO\\OcsSetupDelegates", "OcsSetupDelegates"],
  ])("%s -> %s", (name, canonical) => {
    expect(normalizeGroup(name)).toBe(canonical);
  });
});

describe("satisfies", () => {
  const seActivate = findProcedure("standard-edition", "Deploy and activate Standard Edition server and applications");
  const cwaVirtual = findProcedure("communicator-web-access", "Create virtual server");
  const edge = findProcedure("edge-server", "Set up Edge Servers");
  const gateways = findProcedure("enterprise-voice-pbx-coexistence", "Deploy media gateways (if required)");
  if (!seActivate.found || !cwaVirtual.found || !edge.found || !gateways.found) throw new Error("fixtures");

  it.each([
    ["SE activation by RTC + DA", seActivate, ["RTCUniversalServerAdmins", "Domain Admins"], {}, []],
    ["SE activation by spellings", seActivate, ["rtcuniversalserveradmins group", "DomainAdmins"], {}, []],
    [
      "SE activation by Administrators only",
      seActivate,
      ["Administrators"],
      {},
      ["RTCUniversalServerAdmins group", "Domain Admins group (or membership of the setup delegation group)"],
    ],
    ["SE activation by the delegation group", seActivate, ["RTCUniversalServerAdmins", "OcsSetup"], { delegationGroup: "CONTOSO\\OcsSetup" }, []],
    [
      "SE activation outside the delegation group",
      seActivate,
      ["RTCUniversalServerAdmins"],
      { delegationGroup: "OcsSetup" },
      ["Domain Admins group (or membership of the setup delegation group OcsSetup)"],
    ],
    ["CWA virtual server by DA", cwaVirtual, ["Domain Admins"], {}, []],
    ["CWA virtual server by RTC + local admins", cwaVirtual, ["RTCUniversalServerAdmins", "Local Administrator"], {}, []],
    [
      "CWA virtual server by RTC alone",
      cwaVirtual,
      ["RTCUniversalServerAdmins"],
      {},
      ["Domain Admins, or RTCUniversalServerAdmins and local Administrators (or membership of the setup delegation group)"],
    ],
    ["Edge by DA", edge, ["Administrators", "Domain Admins"], {}, []],
    ["Edge by RTC", edge, ["Administrators", "RTCUniversalServerAdmins"], {}, []],
    [
      "gateways without RTC",
      gateways,
      [],
      {},
      ["a member of the RTCUniversalServerAdmins group (if the media gateway requires creation of trusted service entries)"],
    ],
    ["gateways without RTC, conditions not assumed", gateways, [], { includeConditional: false }, []],
  ] as const)("%s", (_name, found, groups, options, unmet) => {
    expect(satisfies(found.credentials, groups, options)).toEqual(unmet);
  });
});
