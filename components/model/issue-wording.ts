import ipaddr from "ipaddr.js";
import type { z } from "zod";

/**
 * What a field must be, in our words, for every kind of schema problem zod reports: a user reads
 * "it must be at least 1", never zod's "Too small: expected number to be >0". Schemas that give
 * their own `error` ("must be an IPv4 address such as 10.0.1.10") keep it.
 */

const IPV4_ONLY = "OCS 2007 R2 supports IPv4 only";

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? "an" : "a";
}

function count(n: number | bigint, noun: string): string {
  return `${String(n)} ${noun}${Number(n) === 1 ? "" : "s"}`;
}

function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: number | bigint, low: boolean): string {
  switch (issue.origin) {
    case "string":
      if (low && Number(value) === 1) return "it must not be empty";
      return `it must have ${low ? "at least" : "at most"} ${count(value, "character")}`;
    case "array":
    case "set":
      if (low && Number(value) === 1) return "it must list at least one item";
      return `it must list ${low ? "at least" : "at most"} ${count(value, "item")}`;
    default:
      if (low && Number(value) === 0 && !issue.inclusive) return "it must be a positive number";
      return `it must be ${low ? (issue.inclusive ? "at least" : "greater than") : issue.inclusive ? "at most" : "less than"} ${String(value)}`;
  }
}

/** The IPv6 answer: the guide's product has no IPv6, so say that rather than "not an IPv4 address". */
function ipv6Reason(format: string, value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  if (format === "ipv4" && ipaddr.IPv6.isValid(value)) {
    return `${IPV4_ONLY}: it must be an IPv4 address such as 10.0.1.10, not an IPv6 address`;
  }
  if (format === "cidrv4" && ipaddr.IPv6.isValidCIDR(value)) {
    return `${IPV4_ONLY}: it must be an IPv4 network such as 10.0.1.0/24, not an IPv6 network`;
  }
  return undefined;
}

const formats: Record<string, string> = {
  ipv4: "it must be an IPv4 address such as 10.0.1.10",
  cidrv4: "it must be an IPv4 network in CIDR notation such as 10.0.1.0/24",
  hostname: "it must be a fully qualified domain name such as pool01.contoso.com",
  date: "it must be a date written YYYY-MM-DD",
};

function formatRequirement(issue: z.core.$ZodIssueInvalidStringFormat, value: unknown): string {
  const ipv6 = ipv6Reason(issue.format, value);
  if (ipv6) return ipv6;
  if (issue.message.startsWith("must")) return `it ${issue.message}`;
  return formats[issue.format] ?? `it must be written as ${article(issue.format)} ${issue.format}`;
}

/** The sentence part after "field X is V; " for one zod issue about the value found there. */
export function requirementOf(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === "invalid_format") return formatRequirement(issue, value);
  // A schema's own wording ("must be a port number from 1 to 65535") is already ours.
  if (issue.message.startsWith("must")) return `it ${issue.message}`;
  switch (issue.code) {
    case "invalid_type": {
      const expected = issue.expected === "int" ? "whole number" : issue.expected;
      return `it must be ${article(expected)} ${expected}`;
    }
    case "invalid_value":
      return `it must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      return "it matches none of the allowed forms";
    case "too_small":
      return bound(issue, issue.minimum, true);
    case "too_big":
      return bound(issue, issue.maximum, false);
    case "not_multiple_of":
      return `it must be a multiple of ${String(issue.divisor)}`;
    case "invalid_key":
      return "it has a key that is not allowed";
    case "invalid_element":
      return "it has an element that is not allowed";
    case "unrecognized_keys":
      return `it must not have ${issue.keys.join(", ")}`;
    case "custom":
      return "it is not allowed here";
  }
}
