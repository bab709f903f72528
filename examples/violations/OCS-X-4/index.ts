/**
 * Violation example for OCS-X-4: expected to trip advisory policy `server-disallow-collocation` on `med-redmond`.
 *
 * The Communicator Web Access server takes the Mediation Server's FQDN (the two are collocated).
 * The CWA side changes because every reference (gateways, IPsec exemption, certificate) names the
 * Mediation Server's FQDN, and CWA's certificate is judged against its site URL.
 *
 * The topology is ./topology.yaml: the reference topology with the change `violation("OCS-X-4").mutate`
 * of ../catalog.ts, written out by `npm run documents` (a test keeps the two equal).
 */
import { buildTopology, readTopologyDocument } from "../../../components";
import { exampleDocumentPath } from "../../documents";

buildTopology(readTopologyDocument(exampleDocumentPath("violations/OCS-X-4")).document);
