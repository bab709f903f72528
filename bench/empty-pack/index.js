// A policy pack with no policies: the cost of any compiled JavaScript pack (importing
// @pulumi/policy, serving the analyzer over gRPC, answering every Analyze call), for comparison.
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("empty", { policies: [] });
