/** The topology document: a whole topology as versioned YAML or JSON, its schema, reader and builder. */
export {
  TOPOLOGY_DOCUMENT_API_VERSION,
  type DocumentMember,
  type MemberList,
  memberKinds,
  memberLists,
  type TopologyDocument,
  topologyDocumentSchema,
} from "./schema";
export type { DocumentPath, LocateTarget, SourcePosition } from "./source";
export type { DocumentProblem } from "./problems";
export { parseTopologyDocument, type ParsedTopologyDocument, type RejectedTopologyDocument, type TopologyDocumentParse } from "./parse";
export { componentUrn, type DocumentResource, type DocumentStack, documentResources, memberPath } from "./resources";
export { buildTopology, type BuiltTopology } from "./build";
export { readTopologyDocument, TopologyDocumentError } from "./read";
export { renderTopologyDocumentJsonSchema, topologyDocumentJsonSchema } from "./json-schema";
