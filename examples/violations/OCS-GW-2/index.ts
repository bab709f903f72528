/**
 * Violation example for OCS-GW-2: expected to trip mandatory policy `ipsec-require-media-exemption` on `med-redmond`.
 *
 * The Mediation Server IPsec exemption shrinks to 60000-62000 and no longer covers the 60000-64000
 * media range (both Mediation Servers are reported).
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-GW-2").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-GW-2")).document);
