import { defaultWaiverRules, type WaiverRules } from "../../../policies/framework/exceptions";
import { unknownStringValue } from "../../../policies/framework/sdk-internals";
import {
  acceptanceFor,
  acceptancesOf,
  exceptionsFor,
  isoDay,
  latestExpiry,
  matchesResource,
  waiversOf,
  waiverStatus,
} from "../../../policies/framework/waivers";

// Waivers and configured exceptions, each rule of waivers.ts on its own: dates, reading waivers
// from props, matching resources, and which acceptance wins.

const now = new Date("2026-12-01T23:30:00Z");
const good = { justification: "the PBX needs it", owner: "voice team", expires: "2026-12-31" };
const resource = (props: unknown) => ({ urn: "urn:pulumi:s::p::ocs:voice:MediationServer::med-1", name: "med-1", props });
const rules = (overrides: Partial<WaiverRules> = {}): WaiverRules => ({ ...defaultWaiverRules, ...overrides });

describe("dates", () => {
  it("writes today in UTC as YYYY-MM-DD", () => {
    expect(isoDay(now)).toBe("2026-12-01");
    expect(isoDay(new Date("2026-01-05T00:00:00Z"))).toBe("2026-01-05");
  });

  it("counts the horizon in days from today, across months and years", () => {
    expect(latestExpiry(now, 0)).toBe("2026-12-01");
    expect(latestExpiry(now, 30)).toBe("2026-12-31");
    expect(latestExpiry(now, 31)).toBe("2027-01-01");
    expect(latestExpiry(new Date("2028-02-28T10:00:00Z"), 1)).toBe("2028-02-29");
  });
});

describe("waiverStatus", () => {
  it("holds from today through the expiry day, up to the horizon", () => {
    expect(waiverStatus({ ...good, expires: "2026-12-01" }, now)).toEqual({ valid: true });
    expect(waiverStatus({ ...good, expires: latestExpiry(now, 365) }, now)).toEqual({ valid: true });
  });

  it("says why, one reason each, in the order justification, owner, expiry", () => {
    expect(waiverStatus({ justification: "", owner: "", expires: "2026-11-30" }, now)).toEqual({
      valid: false,
      reasons: ["it has no justification", "it has no owner", "it expired on 2026-11-30"],
    });
  });

  it.each([
    [undefined, 'its expiry null is not a date written YYYY-MM-DD'],
    ["31/12/2026", 'its expiry "31/12/2026" is not a date written YYYY-MM-DD'],
    ["2026-12-31T00:00", 'its expiry "2026-12-31T00:00" is not a date written YYYY-MM-DD'],
    [" 2026-12-31", 'its expiry " 2026-12-31" is not a date written YYYY-MM-DD'],
  ])("refuses an expiry %j that is no date", (expires, reason) => {
    expect(waiverStatus({ ...good, expires }, now)).toEqual({ valid: false, reasons: [reason] });
  });

  it("bounds the expiry by the horizon of the rules given", () => {
    expect(waiverStatus({ ...good, expires: "2027-12-02" }, now)).toEqual({
      valid: false,
      reasons: ["its expiry 2027-12-02 is more than 365 days away; the latest allowed is 2027-12-01"],
    });
    expect(waiverStatus({ ...good, expires: "2026-12-31" }, now, { maximumHorizonDays: 10 })).toEqual({
      valid: false,
      reasons: ["its expiry 2026-12-31 is more than 10 days away; the latest allowed is 2026-12-11"],
    });
    expect(waiverStatus({ ...good, expires: "2026-12-11" }, now, { maximumHorizonDays: 10 })).toEqual({ valid: true });
  });

  it("shows the justification and owner the way its caller asks", () => {
    const status = waiverStatus({ ...good, justification: ".", owner: "-" }, now, defaultWaiverRules, () => "[secret]");
    expect(status).toEqual({
      valid: false,
      reasons: [
        "its justification [secret] says nothing; write in words why the risk is acceptable",
        "its owner [secret] names nobody; name the person or team who accepted the risk",
      ],
    });
  });
});

describe("waiversOf", () => {
  it.each([null, undefined, "text", 3, { waivers: "all" }, { waivers: { policy: "p" } }, {}])("reads no waiver from %j", (props) => {
    expect(waiversOf(props)).toEqual([]);
  });

  it("keeps only string fields, skips entries that are no object, and leaves out a waiver holding an unknown value", () => {
    const props = {
      waivers: [
        null,
        "p",
        { policy: "p", ...good, extra: 3, nested: { a: "b" } },
        { policy: "q", ...good, owner: unknownStringValue },
      ],
    };
    expect(waiversOf(props)).toEqual([{ policy: "p", ...good }]);
  });

  it("reads a waiver written twice once, whatever the order of its fields", () => {
    const a = { policy: "p", ...good };
    const b = { expires: good.expires, owner: good.owner, justification: good.justification, policy: "p" };
    expect(waiversOf({ waivers: [a, b, { ...a, policy: "q" }] })).toEqual([a, { ...a, policy: "q" }]);
  });
});

describe("matchesResource", () => {
  const r = { urn: "urn:pulumi:prod::ocs::ocs:voice:MediationServer::med-1", name: "med-1" };

  it("matches the URN or the name exactly, and nothing else without a wildcard", () => {
    expect(matchesResource(r.urn, r)).toBe(true);
    expect(matchesResource("med-1", r)).toBe(true);
    expect(matchesResource("med-", r)).toBe(false);
    expect(matchesResource("med-1 ", r)).toBe(false);
  });

  it("reads * as any characters and ? as one, over the whole name or URN", () => {
    expect(matchesResource("med-*", r)).toBe(true);
    expect(matchesResource("med-?", r)).toBe(true);
    expect(matchesResource("med?", r)).toBe(false);
    expect(matchesResource("*::med-1", r)).toBe(true);
    expect(matchesResource("urn:pulumi:prod::*", r)).toBe(true);
    expect(matchesResource("*med", r)).toBe(false);
    expect(matchesResource("ed-*", r)).toBe(false);
  });

  it("takes every other character literally", () => {
    const dotted = { urn: "urn:x", name: "med.1+(a)[b]{c}|d^e$f\\g" };
    expect(matchesResource("med.1+(a)[b]{c}|d^e$f\\g*", dotted)).toBe(true);
    expect(matchesResource("med.*", { urn: "urn:x", name: "medx1" })).toBe(false);
    expect(matchesResource("med+*", { urn: "urn:x", name: "meddd" })).toBe(false);
  });
});

describe("exceptions and acceptances", () => {
  const exception = { policy: "p", resource: "med-*", ...good, ticket: "RISK-7" };

  it("lists the exceptions that cover a resource, each once", () => {
    const other = { ...exception, resource: "gw-*" };
    const reordered = { ticket: "RISK-7", ...good, resource: "med-*", policy: "p" };
    expect(exceptionsFor(resource({}), rules({ exceptions: [exception, other, reordered] }))).toEqual([exception]);
  });

  it("prefers a valid configured exception, with its ticket, to a waiver in the program", () => {
    const props = { waivers: [{ policy: "p", ...good, owner: "someone else" }] };
    expect(acceptanceFor(resource(props), "p", now, rules({ exceptions: [exception] }))).toEqual({
      policy: "p",
      ...good,
      ticket: "RISK-7",
      recordedIn: "pack configuration",
    });
  });

  it("records an exception without a ticket without one", () => {
    const plain = { policy: exception.policy, resource: exception.resource, ...good };
    const acceptance = acceptanceFor(resource({}), "p", now, rules({ exceptions: [plain] }));
    expect(acceptance).toEqual({ policy: "p", ...good, recordedIn: "pack configuration" });
    expect(acceptance).not.toHaveProperty("ticket");
  });

  it("falls back to the program's waiver when the exception is not valid, unless exceptions must be configured", () => {
    const expired = { ...exception, expires: "2020-01-01" };
    const props = { waivers: [{ policy: "p", ...good }] };
    expect(acceptanceFor(resource(props), "p", now, rules({ exceptions: [expired] }))).toEqual({ policy: "p", ...good, recordedIn: "program" });
    expect(acceptanceFor(resource(props), "p", now, rules({ exceptions: [expired], requireConfiguredExceptions: true }))).toBeUndefined();
    expect(acceptanceFor(resource(props), "p", now, rules({ requireConfiguredExceptions: true }))).toBeUndefined();
  });

  it("accepts nothing for another policy, or with an invalid waiver", () => {
    const props = { waivers: [{ policy: "p", ...good, justification: "." }] };
    expect(acceptanceFor(resource(props), "p", now, rules())).toBeUndefined();
    expect(acceptanceFor(resource({ waivers: [{ policy: "p", ...good }] }), "q", now, rules({ exceptions: [exception] }))).toBeUndefined();
  });

  it("lists one acceptance per policy, the configured ones first, and none for a waiver naming no policy", () => {
    const props = { waivers: [{ policy: "q", ...good }, { policy: "p", ...good }, { ...good }, { policy: "r", ...good, owner: "" }] };
    expect(acceptancesOf(resource(props), now, rules({ exceptions: [exception] }))).toEqual([
      { policy: "p", ...good, ticket: "RISK-7", recordedIn: "pack configuration" },
      { policy: "q", ...good, recordedIn: "program" },
    ]);
  });
});
