import type { ParsedTopologyDocument } from "../../components/document/parse";
import { documentResources } from "../../components/document/resources";
import type { OcsPolicy } from "../../policies/framework/define";
import type { PackIdentity } from "../../policies/framework/pack-run";
import type { ReceivedConfiguration } from "../../policies/framework/sdk-wire";
import { describePolicies } from "../catalog";
import type { PreviewEvents } from "../events";
import { checkEvents } from "./check-events";
import { documentJudge } from "./judge-documents";

/** A document read without problems, and the path reports name it by. */
export interface DocumentToCheck {
  parsed: ParsedTopologyDocument;
  /** Relative to the folder reports are relative to, with `/` separators; also the stack name of its URNs. */
  path: string;
}

/**
 * Judges documents with a pack configured once (throws ConfigurationRefused when the pack refuses
 * the configuration), each document as one stack, into the events the reports and the gate read.
 */
export function checkDocuments(
  documents: readonly DocumentToCheck[],
  configuration: ReceivedConfiguration,
  policies: readonly OcsPolicy[],
  identity: PackIdentity,
  now = new Date(),
): PreviewEvents {
  const judge = documentJudge(identity, policies, configuration, now);
  const checked = documents.map(({ parsed, path }) => {
    const resources = documentResources(parsed.document, { stack: path, project: identity.name });
    return { parsed, path, resources, analyses: judge.judge(resources) };
  });
  return checkEvents(checked, describePolicies(policies), identity);
}
