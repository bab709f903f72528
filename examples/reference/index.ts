/**
 * The reference topology as a Pulumi program: Contoso's compliant OCS 2007 R2 deployment, read
 * from ./topology.yaml. A preview with the ocs-guard policy pack reports no violation.
 */
import { buildTopology, readTopologyDocument } from "../../components";
import { exampleDocumentPath } from "../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("reference")).document);
