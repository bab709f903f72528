import type { DeploymentComponent } from "./deployment-task";

/**
 * Table 1 of the security requirements ("Administrative Credentials Required for Deployment Tasks")
 * as data: every component section, every procedure and every credential line, with the seed's
 * text kept verbatim (a test compares it line by line with the seed) and each line parsed into
 * what a principal must hold. Pure data and functions: no Pulumi here, so the CLI, the docs and the
 * policies read the same table.
 *
 * Shape of a credential line: a conjunction of terms; a term is satisfied by any one of its
 * alternatives; an alternative is a set of principals held together. So "Domain Admins, or
 * RTCUniversalServerAdmins and local Administrators" is one term with the alternatives
 * [Domain Admins] and [RTCUniversalServerAdmins, Administrators]. The lines of a procedure are a
 * conjunction too.
 */

/** The canonical names of every group, role or right that Table 1 mentions. */
export const principals = [
  "Domain Admins",
  "Enterprise Admins",
  "Schema Admins",
  "Administrators",
  "RTCUniversalServerAdmins",
  "RTCUniversalUserAdmins",
  "DnsAdmins",
  "SQL Server administrator",
  "Database administrator",
  "Load balancer administrator",
  "Channel service administrator",
  "SIP trunking provider administrator",
  "Exchange Organization Administrators",
  "OCS user",
  "schema master administrator right",
] as const;
export type Principal = (typeof principals)[number];

export interface CredentialTerm {
  /** The term as the seed words it, without its qualifier ("Member of EnterpriseAdmins group"). */
  readonly text: string;
  /** Satisfied when the principal holds every principal of at least one alternative. */
  readonly anyOf: readonly (readonly Principal[])[];
  /** What the seed says the right is for or where it holds ("for the forest root domain"). */
  readonly qualifier?: string;
}

export interface CredentialLine {
  /** The line exactly as in the seed. */
  readonly text: string;
  /** All of these must hold. */
  readonly terms: readonly CredentialTerm[];
  /** The line applies only when this holds ("if the media gateway requires creation of trusted service entries"). */
  readonly condition?: string;
  /** In an "OR" row, the one alternative procedure this line belongs to; otherwise it applies to the row. */
  readonly appliesTo?: string;
}

/** One "•" sub-bullet of a procedure, e.g. "Create Enterprise pool: RTCUniversalServerAdmins and ...". */
export interface ProcedureStep {
  /** The step's name, before the colon ("Create Enterprise pool", "For Exchange Server"). */
  readonly name: string;
  /** The bullet's text without the bullet ("<name>: <credential line>"). */
  readonly text: string;
  readonly credentials: CredentialLine;
}

export interface SeedNote {
  /** "Note:" when the seed heads the note so. */
  readonly label?: "Note:";
  readonly text: string;
}

/** A row naming one procedure. */
export interface ProcedureRow {
  readonly kind: "procedure";
  readonly procedure: string;
  /** The credential lines of the row (empty where the seed lists steps, or nothing). */
  readonly credentials: readonly CredentialLine[];
  /** The "•" sub-bullets, each with its own credentials. */
  readonly steps: readonly ProcedureStep[];
  readonly notes: readonly SeedNote[];
}

/** A row of alternative procedures joined by a lone "OR" in the seed; a team performs one of them. */
export interface AlternativeRow {
  readonly kind: "alternatives";
  readonly alternatives: readonly string[];
  readonly credentials: readonly CredentialLine[];
}

export type Table1Row = ProcedureRow | AlternativeRow;

export interface Table1Section {
  readonly component: DeploymentComponent;
  /** The section heading exactly as in the seed. */
  readonly title: string;
  readonly rows: readonly Table1Row[];
  /** Where the seed says the section needs no credentials of its own beyond another section's. */
  readonly inherits?: readonly DeploymentComponent[];
}

export const TABLE1_TITLE = "Table 1. Administrative Credentials Required for Deployment Tasks";
export const TABLE1_INTRODUCTION =
  "The following table outlines the permissions required to deploy the various server roles.";
/** The Note that precedes Table 1; the reason setup delegation can stand in for Domain Admins. */
export const TABLE1_NOTE =
  "By default, membership in the Domain Admins group is required to deploy or activate a server that is joined to an Active Directory domain. If you do not want to grant this level of privilege to the group or users deploying Office Communications Server, you can use the setup delegation wizard to provide a specific group the subset of permissions required for this task.";

// ---- builders: keep the table below readable, one seed line per call ----

const DA: Principal = "Domain Admins";
const EA: Principal = "Enterprise Admins";
const SA: Principal = "Schema Admins";
const ADM: Principal = "Administrators";
const RSA: Principal = "RTCUniversalServerAdmins";
const RUA: Principal = "RTCUniversalUserAdmins";

function term(text: string, anyOf: Principal[][], qualifier?: string): CredentialTerm {
  return qualifier === undefined ? { text, anyOf } : { text, anyOf, qualifier };
}
function only(text: string, principal: Principal, qualifier?: string): CredentialTerm {
  return term(text, [[principal]], qualifier);
}
function line(text: string, ...terms: CredentialTerm[]): CredentialLine {
  return { text, terms };
}
/** A line that is one principal, worded exactly as `text`. */
function g(text: string, principal: Principal): CredentialLine {
  return line(text, only(text, principal));
}
function proc(procedure: string, ...credentials: CredentialLine[]): ProcedureRow {
  return { kind: "procedure", procedure, credentials, steps: [], notes: [] };
}
function step(name: string, credentials: CredentialLine): ProcedureStep {
  return { name, text: `${name}: ${credentials.text}`, credentials };
}

const rsaGroup = () => g("RTCUniversalServerAdmins group", RSA);
const rsa = () => g("RTCUniversalServerAdmins", RSA);
const ruaGroup = () => g("RTCUniversalUserAdmins group", RUA);
const daGroup = () => g("Domain Admins group", DA);
const admGroup = () => g("Administrators group", ADM);
const administrator = () => g("Administrator", ADM);
const ocsUser = () => g("Office Communications Server 2007 R2 user", "OCS user");
const dnsAdmins = () => g("DNS Admins group", "DnsAdmins");
const daOrRsa = () =>
  line("Domain Admins or RTCUniversalServerAdmins group", term("Domain Admins or RTCUniversalServerAdmins group", [[DA], [RSA]]));
const daOrRsaAndLocal = (text: string) => line(text, term(text, [[DA], [RSA, ADM]]));
const installActivateOcs = () =>
  proc("Install and activate Office Communications Server 2007 R2", admGroup(), rsaGroup(), daGroup());
const communicatorAdmin = () =>
  line(
    "Administrator on the computer on which Office Communicator is being installed",
    only("Administrator", ADM, "on the computer on which Office Communicator is being installed"),
  );
const MSMQ = "to install Message Queuing with Active Directory integration enabled";
const mediaGateways = () => ({
  ...line(
    "Media gateways are external systems their own authentication and authorization schemes. If the media gateway requires creation of trusted service entries, you must be at least a member of the RTCUniversalServerAdmins group.",
    only("a member of the RTCUniversalServerAdmins group", RSA),
  ),
  condition: "if the media gateway requires creation of trusted service entries",
});

/** The same six sub-steps head both Enterprise Voice sections; only the pool step's case differs. */
function deployOcsSteps(createPool: string): ProcedureStep[] {
  return [
    step(
      createPool,
      line(
        "RTCUniversalServerAdmins and Domain Admins or equivalent credentials",
        only("RTCUniversalServerAdmins", RSA),
        only("Domain Admins", DA, "or equivalent credentials"),
      ),
    ),
    step("Configure pool", rsa()),
    step("Add server to pool", rsa()),
    step("Configure certificate", rsa()),
    step("Configure Web Components Server certificate", g("Local Administrator credentials", ADM)),
    step("Validate server and pool functionality", rsa()),
  ];
}

const SIP_TRUNKING = "Configure the Mediation Server to perform SIP trunking";

/** Table 1, every section in seed order. */
export const credentialsTable: readonly Table1Section[] = [
  {
    component: "standard-edition",
    title: "Standard Edition",
    rows: [
      proc("Install prerequisite software", rsaGroup(), daGroup()),
      proc(
        "Prepare Active Directory Domain Services (AD\u00a0DS)",
        line(
          "Member of Schema Admins group and Administrator rights on the schema master",
          only("Member of Schema Admins group", SA),
          only("Administrator rights on the schema master", "schema master administrator right"),
        ),
        line(
          "Member of EnterpriseAdmins group for the forest root domain",
          only("Member of EnterpriseAdmins group", EA, "for the forest root domain"),
        ),
        line("Member of EnterpriseAdmins or DomainAdmins group", term("Member of EnterpriseAdmins or DomainAdmins group", [[EA], [DA]])),
      ),
      proc("Prepare Windows for setup", admGroup()),
      proc("Create and verify DNS records", dnsAdmins()),
      proc("Deploy and activate Standard Edition server and applications", rsaGroup(), daGroup()),
      proc("Configure Standard Edition server", rsaGroup()),
      proc("Configure certificates for Office Communications Server", admGroup(), rsaGroup()),
      proc("Start the services", rsaGroup()),
      proc("Validate server configuration", rsaGroup()),
      proc("Optionally, configure A/V and Web conferencing", rsaGroup()),
    ],
  },
  {
    component: "enterprise-edition-consolidated",
    title: "Enterprise Edition, Consolidated Topology",
    rows: [
      proc("Install prerequisite software", rsaGroup(), daGroup()),
      proc(
        "Prepare AD\u00a0DS",
        line(
          "Member of the Schema Admins group and Administrator rights on the schema master",
          only("Member of the Schema Admins group", SA),
          only("Administrator rights on the schema master", "schema master administrator right"),
        ),
        line(
          "Member of the EnterpriseAdmins group for the forest root domain",
          only("Member of the EnterpriseAdmins group", EA, "for the forest root domain"),
        ),
        line(
          "Member of the EnterpriseAdmins or DomainAdmins group",
          term("Member of the EnterpriseAdmins or DomainAdmins group", [[EA], [DA]]),
        ),
      ),
      proc("Prepare Windows for setup", admGroup()),
      proc("Install SQL Server", g("Local Administrator", ADM)),
      proc(
        "Configure SQL Server for Office Communications Server",
        g("SQL Server administrator", "SQL Server administrator"),
        g("Local administrator", ADM),
      ),
      proc("Optionally, configure a load balancer for the pool", g("Load balancer administrator", "Load balancer administrator")),
      proc("Create and verify DNS records", dnsAdmins()),
      proc("Create the pool", rsaGroup(), daGroup()),
      proc("Configure the pool and applications", rsaGroup()),
      proc("Add servers to the pool", admGroup(), rsaGroup(), daGroup()),
      proc("Configure certificates for Office Communications Server", admGroup(), rsaGroup()),
      proc("Start the services", rsa()),
      proc("Validate the server and pool configuration", rsa()),
    ],
  },
  {
    component: "dial-in-conferencing",
    title: "Dial-in Conferencing",
    rows: [
      installActivateOcs(),
      proc("Activate Conferencing Attendant and Conferencing Announcement Service applications", rsaGroup(), daGroup()),
      proc(
        "Install, activate, and configure the 2007 R2 version of Microsoft Office Communicator Web Access server",
        admGroup(),
        daGroup(),
      ),
      proc("Optionally, enable remote user access to Communicator Web Access", admGroup(), daGroup()),
      proc("Test the Dial-in Conferencing Web page", ocsUser()),
      proc("Create one or more location profiles", rsaGroup()),
      proc("Configure a global policy to support dial-in conferencing", rsaGroup()),
      proc("Deploy a Mediation Server", rsaGroup()),
      {
        kind: "alternatives",
        alternatives: ["Deploy a third-party basic media gateway", SIP_TRUNKING],
        credentials: [
          line(
            "RTCUniversalServerAdmins group (to configure Mediation Server)",
            only("RTCUniversalServerAdmins group", RSA, "to configure Mediation Server"),
          ),
          {
            ...g("Administrator of the SIP trunking provider", "SIP trunking provider administrator"),
            appliesTo: SIP_TRUNKING,
          },
        ],
      },
    ],
  },
  {
    component: "response-group-service",
    title: "Response Group Service",
    rows: [
      installActivateOcs(),
      proc("Activate the Response Group Service application", rsaGroup(), daGroup()),
      proc("Add agents, create agent groups, and create queues for the server pool", rsaGroup()),
      proc("Create the workflows", rsaGroup()),
      proc("Configure the Response Group tab", daGroup()),
    ],
  },
  {
    component: "archiving-server",
    title: "Archiving Server",
    rows: [
      proc(
        "Install prerequisite software",
        line(
          `Administrators group and Domain Admins group (${MSMQ})`,
          only("Administrators group", ADM),
          only("Domain Admins group", DA, MSMQ),
        ),
      ),
      proc("Install and activate Archiving Server", admGroup(), daOrRsa()),
      proc("Configure Archiving Server associations", admGroup()),
      proc("Configure users for archiving", ruaGroup()),
      proc("Start the archiving services", g("RTCUniversalUserAdmins Group", RUA)),
    ],
  },
  {
    component: "monitoring-server",
    title: "Monitoring Server",
    rows: [
      proc("Install prerequisite software", admGroup(), line(`Domain Admins group (${MSMQ})`, only("Domain Admins group", DA, MSMQ))),
      proc("Install and activate Monitoring Server", admGroup(), daOrRsa()),
      proc("Start the services", admGroup()),
      proc("Deploy Monitoring Server reports", admGroup()),
      proc("Configure Monitoring Server associations", admGroup()),
    ],
  },
  {
    component: "communicator-web-access",
    title: "Communicator Web Access",
    rows: [
      proc("Install and activate", g("Domain Admins", DA)),
      proc("Create virtual server", daOrRsaAndLocal("Domain Admins, or RTCUniversalServerAdmins and local Administrators")),
      proc("Publish Communicator Web Access URLs", daOrRsaAndLocal("Domain Admins, or RTCUniversalServerAdmins and local administrators")),
      proc("Manage Communicator Web Access settings", daOrRsaAndLocal("Domain Admins, or RTCUniversalServerAdmins and local administrators")),
    ],
  },
  {
    component: "group-chat",
    title: "Group Chat",
    rows: [
      proc("Create SQL Server database", g("Database administrator", "Database administrator")),
      proc("Set up Group Chat accounts and permissions", admGroup()),
      proc("Obtain certificates for Group Chat", admGroup()),
      proc("Install Group Chat", admGroup()),
      proc("Configure Web site settings in IIS", admGroup()),
      proc(
        "Connect the Group Chat Administration Tool to Group Chat",
        admGroup(),
        g("Channel service administrator", "Channel service administrator"),
      ),
      proc("Configure Group Chat user access", admGroup()),
      proc("Deploy archiving and compliance support", g("Database administrator", "Database administrator"), admGroup()),
    ],
  },
  {
    component: "administrative-tools",
    title: "Administrative Tools",
    rows: [
      proc(
        "Install Administrative Tools on a centralized administrative console that is not running Office Communications Server",
        admGroup(),
        daGroup(),
      ),
      proc("Configure user account settings", g("RTCUniversalUserAdmins", RUA)),
      proc("Configure all other settings (other than user account settings)", rsa()),
    ],
  },
  {
    component: "edge-server",
    title: "Edge Server",
    rows: [
      proc("Set up the infrastructure for Edge Servers", admGroup()),
      proc("Set up Edge Servers", admGroup(), daOrRsa()),
      proc("Configure the environment", admGroup(), daOrRsa()),
      proc("Validate edge configuration", admGroup(), daOrRsa()),
    ],
  },
  {
    component: "communicator-mobile-windows-mobile",
    title: "Communicator Mobile for Windows Mobile",
    rows: [
      proc("Install prerequisites", administrator()),
      proc("Install Communicator Mobile for Windows Mobile", administrator()),
      proc("Install self-signed certificates", administrator()),
      proc("Configure the client", administrator()),
      proc("Test IM and presence", administrator()),
    ],
  },
  {
    component: "communicator-mobile-java",
    title: "Communicator Mobile for Java",
    rows: [
      proc("Verify that prerequisites and dependencies are met", administrator()),
      proc("Deploy the Communicator Mobile component", administrator()),
      proc("Install Communicator Mobile for Java client software", administrator()),
      proc("Configure and use the client", administrator()),
      proc("Test IM and presence", administrator()),
    ],
  },
  {
    component: "outside-voice-control",
    title: "Outside Voice Control",
    rows: [
      installActivateOcs(),
      proc("Activate Outside Voice Control application", rsaGroup(), daGroup()),
      proc("Start the application", rsaGroup()),
      proc("Test Outside Voice dialing on a supported mobile client", ocsUser()),
    ],
  },
  {
    component: "enterprise-voice-pbx-coexistence",
    title: "Enterprise Voice with PBX Coexistence",
    rows: [
      {
        ...proc("Deploy Office Communications Server, including Mediation Server that connects to the PBX"),
        steps: deployOcsSteps("Create Enterprise pool"),
      },
      proc("Deploy Office Communicator 2007", communicatorAdmin()),
      proc("Enable users for IM and presence", ruaGroup()),
      proc("Configure Communications Server for Enterprise Voice", rsaGroup()),
      proc(
        "Configure PBX to fork calls to Office Communications Server",
        line(
          "RTCUniversalServerAdmins (to get information from AD\u00a0DS to convert an extension into the correct telephone URI)",
          only("RTCUniversalServerAdmins", RSA, "to get information from AD\u00a0DS to convert an extension into the correct telephone URI"),
        ),
      ),
      proc("Deploy media gateways (if required)", mediaGateways()),
      proc(
        "Deploy RCC gateway (if required)",
        line(
          "RCC gateways are external systems their own authentication and authorization schemes. You must be at least a member of the RTCUniversalServerAdmins group to create the required trusted service entries.",
          only("a member of the RTCUniversalServerAdmins group", RSA, "to create the required trusted service entries"),
        ),
      ),
      proc("Enable users for Enterprise Voice and PBX integration", ruaGroup()),
    ],
  },
  {
    component: "enterprise-voice-standalone",
    title: "Enterprise Voice stand-alone (no PBX coexistence)",
    rows: [
      { ...proc("Deploy Office Communications Server"), steps: deployOcsSteps("Create enterprise pool") },
      proc("Deploy Office Communicator 2007", communicatorAdmin()),
      // The seed lists RTCUniversalUserAdmins here (the PBX section says RTCUniversalServerAdmins); the seed wins.
      proc("Configure Office Communications Server for Enterprise Voice", ruaGroup()),
      {
        ...proc("Deploy Exchange Server 2007 Unified Messaging and configure to integrate with Office Communications Server"),
        steps: [
          step("For Office Communications Server", rsaGroup()),
          step(
            "For Exchange Server",
            line(
              "Exchange Organization Administrators permissions are sufficient when Office Communications Server and Exchange Server are running in the same forest.",
              only(
                "Exchange Organization Administrators",
                "Exchange Organization Administrators",
                "permissions are sufficient when Office Communications Server and Exchange Server are running in the same forest",
              ),
            ),
          ),
        ],
        notes: [
          {
            label: "Note:",
            text: "The user account used to configure Exchange Unified Messaging must have READ access to Office Communications Server pools in AD\u00a0DS and READ/WRITE access on the Exchange configuration containers (First Organization\\UM Dial Plan Container, UM IP Gateway Container, UM Auto Attendant Container, and so on).",
          },
        ],
      },
      proc("Deploy media gateways", mediaGateways()),
      proc("Enable users for Enterprise Voice", ruaGroup()),
    ],
  },
  {
    component: "device-update-service",
    title: "Device Update Service",
    inherits: ["standard-edition", "enterprise-edition-consolidated"],
    rows: [
      {
        ...proc("Deployment"),
        notes: [
          {
            text: "Device Update Service is automatically installed on the Web Components Server. There are no specific deployment permissions needed outside those required to deploy Standard Edition or Enterprise Edition.",
          },
        ],
      },
    ],
  },
];

// ---- lookup ----

/** Case, runs of whitespace (the seed writes "AD DS" with a no-break space) and a final period don't matter. */
function matchKey(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\.$/, "").toLowerCase();
}

export function sectionOf(component: DeploymentComponent): Table1Section {
  const section = credentialsTable.find((s) => s.component === component);
  if (!section) throw new Error(`Table 1 has no section for component ${component}`);
  return section;
}

/** Every procedure name of a section, in seed order (both alternatives of an "OR" row). */
export function proceduresOf(component: DeploymentComponent): string[] {
  return sectionOf(component).rows.flatMap((row) => (row.kind === "procedure" ? [row.procedure] : [...row.alternatives]));
}

/** What one task (component, procedure, optional step) must satisfy. */
export interface ResolvedProcedure {
  readonly found: true;
  readonly section: Table1Section;
  readonly row: Table1Row;
  /** The procedure as the seed writes it. */
  readonly procedure: string;
  readonly step?: ProcedureStep;
  /**
   * The lines that apply, all to be satisfied: the row's lines (in an "OR" row, those for the
   * chosen alternative); for a step, its line; for a procedure with steps but no step named,
   * every step's line, since whoever performs the procedure performs each step.
   */
  readonly credentials: readonly CredentialLine[];
}

export interface UnresolvedProcedure {
  readonly found: false;
  readonly section: Table1Section;
  readonly problem: "unknown-procedure" | "unknown-step" | "no-steps";
  /** The procedure (or step) names the section (or procedure) does list. */
  readonly valid: readonly string[];
}

export function findProcedure(
  component: DeploymentComponent,
  procedure: string,
  stepName?: string,
): ResolvedProcedure | UnresolvedProcedure {
  const section = sectionOf(component);
  const key = matchKey(procedure);
  for (const row of section.rows) {
    if (row.kind === "alternatives") {
      const chosen = row.alternatives.find((a) => matchKey(a) === key);
      if (chosen === undefined) continue;
      if (stepName !== undefined) return { found: false, section, problem: "no-steps", valid: [] };
      const credentials = row.credentials.filter((c) => c.appliesTo === undefined || c.appliesTo === chosen);
      return { found: true, section, row, procedure: chosen, credentials };
    }
    if (matchKey(row.procedure) !== key) continue;
    if (stepName === undefined) {
      return {
        found: true,
        section,
        row,
        procedure: row.procedure,
        credentials: [...row.credentials, ...row.steps.map((s) => s.credentials)],
      };
    }
    if (row.steps.length === 0) return { found: false, section, problem: "no-steps", valid: [] };
    const stepKey = matchKey(stepName);
    const chosen = row.steps.find((s) => matchKey(s.name) === stepKey || matchKey(s.text) === stepKey);
    if (chosen === undefined) {
      return { found: false, section, problem: "unknown-step", valid: row.steps.map((s) => s.name) };
    }
    return { found: true, section, row, procedure: row.procedure, step: chosen, credentials: [chosen.credentials] };
  }
  return { found: false, section, problem: "unknown-procedure", valid: proceduresOf(component) };
}

// ---- group names ----

/** Spellings (compared without case, spaces or a trailing "group") of each canonical principal. */
const aliases: Record<Principal, readonly string[]> = {
  "Domain Admins": ["domainadmins"],
  "Enterprise Admins": ["enterpriseadmins"],
  "Schema Admins": ["schemaadmins"],
  Administrators: ["administrators", "administrator", "localadministrator", "localadministrators"],
  RTCUniversalServerAdmins: ["rtcuniversalserveradmins"],
  RTCUniversalUserAdmins: ["rtcuniversaluseradmins"],
  DnsAdmins: ["dnsadmins"],
  "SQL Server administrator": ["sqlserveradministrator", "sqlserveradministrators"],
  "Database administrator": ["databaseadministrator", "databaseadministrators"],
  "Load balancer administrator": ["loadbalanceradministrator", "loadbalanceradministrators"],
  "Channel service administrator": ["channelserviceadministrator", "channelserviceadministrators"],
  "SIP trunking provider administrator": ["siptrunkingprovideradministrator", "administratorofthesiptrunkingprovider"],
  "Exchange Organization Administrators": ["exchangeorganizationadministrators", "exchangeorganizationadministrator"],
  "OCS user": ["ocsuser", "officecommunicationsserver2007r2user"],
  "schema master administrator right": ["schemamasteradministratorright", "administratorrightsontheschemamaster"],
};

const canonicalByKey = new Map<string, Principal>(
  principals.flatMap((p) => aliases[p].map((alias) => [alias, p] as [string, Principal])),
);

/** The name without a `DOMAIN\` or `BUILTIN\` prefix, whitespace collapsed and a trailing " group" dropped. */
function tidy(name: string): string {
  return name
    .replace(/^.*\\/, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*group$/i, "")
    .trim();
}

/**
 * The canonical name of a group, so spellings compare equal: case, spaces, a trailing " group" and
 * a domain prefix are ignored ("DomainAdmins" = "Domain Admins", "Local Administrator" =
 * "Administrators", "DNS Admins group" = "DnsAdmins"). A group Table 1 doesn't know comes back
 * tidied, so two spellings of, say, a delegation group still compare equal in lower case.
 */
export function normalizeGroup(name: string): string {
  const tidied = tidy(name);
  return canonicalByKey.get(tidied.replace(/\s+/g, "").toLowerCase()) ?? tidied;
}

function groupKey(name: string): string {
  return normalizeGroup(name).replace(/\s+/g, "").toLowerCase();
}

export interface SatisfyOptions {
  /** The task's setup delegation group: membership stands in for Domain Admins (the Note to Table 1). */
  delegationGroup?: string;
  /** Whether conditional lines ("if the media gateway requires ...") are required; default true. */
  includeConditional?: boolean;
}

function mentions(t: CredentialTerm, principal: Principal): boolean {
  return t.anyOf.some((alternative) => alternative.includes(principal));
}

/** A term as messages print it: its text, its qualifier and the delegation escape where it applies. */
export function describeTerm(t: CredentialTerm, line?: CredentialLine, options: SatisfyOptions = {}): string {
  const parts = [t.text];
  if (t.qualifier !== undefined) parts.push(`(${t.qualifier})`);
  if (line?.condition !== undefined) parts.push(`(${line.condition})`);
  if (mentions(t, DA)) {
    parts.push(
      options.delegationGroup === undefined
        ? "(or membership of the setup delegation group)"
        : `(or membership of the setup delegation group ${options.delegationGroup})`,
    );
  }
  return parts.join(" ");
}

/** Whether the groups hold one of the term's alternatives. */
export function termHeld(t: CredentialTerm, groups: readonly string[], options: SatisfyOptions = {}): boolean {
  const held = new Set(groups.map(groupKey));
  if (options.delegationGroup !== undefined && held.has(groupKey(options.delegationGroup))) held.add(groupKey(DA));
  return t.anyOf.some((alternative) => alternative.every((p) => held.has(groupKey(p))));
}

/**
 * The terms of `requirement` that `groups` do not satisfy, in readable form (empty when satisfied),
 * without repeats: a procedure whose steps all need RTCUniversalServerAdmins names it once.
 */
export function satisfies(
  requirement: CredentialLine | readonly CredentialLine[],
  groups: readonly string[],
  options: SatisfyOptions = {},
): string[] {
  const lines: readonly CredentialLine[] = "terms" in requirement ? [requirement] : requirement;
  const unmet: string[] = [];
  for (const l of lines) {
    if (l.condition !== undefined && options.includeConditional === false) continue;
    for (const t of l.terms) {
      if (termHeld(t, groups, options)) continue;
      const text = describeTerm(t, l, options);
      if (!unmet.includes(text)) unmet.push(text);
    }
  }
  return unmet;
}

/** Whether any term of the lines names `principal` among its alternatives. */
export function requirementMentions(lines: readonly CredentialLine[], principal: Principal): boolean {
  return lines.some((l) => l.terms.some((t) => mentions(t, principal)));
}
