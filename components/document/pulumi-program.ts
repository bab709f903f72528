/**
 * The program of a code-free Pulumi project: `main:` of its Pulumi.yaml points here, and it builds
 * the topology document named by the stack configuration `ocs-guard:document` (a path relative to
 * the project folder; `topology.yaml` when unset). See docs/documents.md.
 */
import * as pulumi from "@pulumi/pulumi";
import { buildTopology } from "./build";
import { readTopologyDocument } from "./read";

const document = new pulumi.Config("ocs-guard").get("document") ?? "topology.yaml";
buildTopology(readTopologyDocument(document).document);
