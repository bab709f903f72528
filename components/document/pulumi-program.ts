/**
 * The program of a code-free Pulumi project: `main:` of its Pulumi.yaml points here, and it builds
 * the topology document named by the stack configuration `ocs-guard:document` (a path relative to
 * the project folder; `topology.yaml` when unset). See docs/documents.md.
 */
import { resolve } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { buildTopology } from "./build";
import { readTopologyDocument } from "./read";

const document = new pulumi.Config("ocs-guard").get("document") ?? "topology.yaml";
// The language host runs a program from the folder of its main file, here inside node_modules; the
// document's path is the user's, relative to the project (the folder of Pulumi.yaml).
const project = pulumi.runtime.getRootDirectory() || process.cwd();
buildTopology(readTopologyDocument(resolve(project, document), document).document);
