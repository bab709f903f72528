/**
 * The OCS 2007 R2 topology components, their models and the network helpers they and the
 * policies share.
 */
export * from "./model";
export { ModelValidationError } from "./ocs-component";
export * from "./network";
export type { ComponentArgs, DeepInput } from "./inputs";
export type { HasFqdn, ReferenceList, ServerReference } from "./reference";
export { fqdnOf, fqdnsOf } from "./reference";
export * from "./topology";
export * from "./standard-edition-server";
export * from "./enterprise-pool";
export * from "./edge-server";
export * from "./mediation-server";
export * from "./media-gateway";
export * from "./location-profile";
export * from "./um-dial-plan";
export * from "./client-encryption-policy";
export * from "./ipsec-policy";
export * from "./archiving-server";
export * from "./monitoring-server";
export * from "./communicator-web-access";
export * from "./group-chat-server";
export * from "./deployment-task";
export * from "./document";
