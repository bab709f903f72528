/**
 * Every schema problem is said in our words: the field, the value given and what is allowed, never
 * zod's default wording ("Too small: expected number to be >0").
 */
import { catalog, type Kind } from "../../components/model/catalog";
import { describeIssues } from "../../components/model/describe-issues";
import { compliantResources } from "../fixtures/reference-topology";

const reference = compliantResources();

/** The first member of that kind in the reference topology. */
function resourceOf(kind: Kind) {
  const found = reference.find((r) => r.kind === kind);
  if (!found) throw new Error(`the reference topology has no ${kind}`);
  return found;
}

function sentencesFor(kind: Kind, props: unknown): string[] {
  const result = catalog[kind].schema.safeParse(props);
  return result.success ? [] : describeIssues(`${catalog[kind].label} "x"`, result.error.issues, props);
}

function withValue(kind: Kind, path: readonly (string | number)[], value: unknown): unknown {
  const props = structuredClone(resourceOf(kind).props) as Record<string | number, unknown>;
  let target: Record<string | number, unknown> = props;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1] as string | number] = value;
  return props;
}

/** Paths of every leaf and list of a model, to put wrong values in. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]));
  }
  return [path];
}

const zodWording = /Too (small|big)|Invalid (input|string|number|IPv4|IPv6|hostname|ISO|option)|expected \w+ to (be|have)|received/;
const wrongValues: unknown[] = [null, -1, 0, 1.5, 70000, "", " ", "fe80::1", "2001:db8::/32", "x", [], {}, true];

describe("schema problems in our words", () => {
  it.each([
    ["mediationServer", ["internal", "ip"], "fe80::1", 'field internal.ip is "fe80::1"; OCS 2007 R2 supports IPv4 only: it must be an IPv4 address such as 10.0.1.10, not an IPv6 address.'],
    ["mediationServer", ["external", "subnet"], "2001:db8::/64", 'field external.subnet is "2001:db8::/64"; OCS 2007 R2 supports IPv4 only: it must be an IPv4 network such as 10.0.1.0/24, not an IPv6 network.'],
    ["mediationServer", ["certificate", "keySize"], 0, "field certificate.keySize is 0; it must be a positive number."],
    ["mediationServer", ["certificate", "keySize"], 2048.5, "field certificate.keySize is 2048.5; it must be a whole number."],
    ["mediationServer", ["site"], " ", 'field site is " "; it must not be empty.'],
    ["mediationServer", ["internal", "port"], 70000, "field internal.port is 70000; it must be a port number from 1 to 65535."],
    ["mediationServer", ["certificate", "notAfter"], "31/12/2027", 'field certificate.notAfter is "31/12/2027"; it must be a date written YYYY-MM-DD.'],
  ] as const)("%s %j = %j", (kind, path, value, expected) => {
    expect(sentencesFor(kind, withValue(kind, path, value))).toContain(`${catalog[kind].label} "x": ${expected}`);
  });

  const kinds = [...new Set(reference.map((r) => r.kind))];
  it("covers every kind of component", () => expect(kinds.sort()).toEqual((Object.keys(catalog) as Kind[]).sort()));

  const cases = kinds.flatMap((kind) =>
    pathsOf(resourceOf(kind).props).map((path) => [kind, path] as const),
  );

  it.each(cases)("%s %j: every wrong value gets a sentence of ours", (kind, path) => {
    for (const value of wrongValues) {
      for (const sentence of sentencesFor(kind, withValue(kind, path, value))) {
        expect(sentence).not.toMatch(zodWording);
        expect(sentence).toMatch(/^.+ "x": (field|fields) .+\.$/);
      }
    }
  });
});
