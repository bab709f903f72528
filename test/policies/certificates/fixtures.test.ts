import { catalog } from "../../../components/model/catalog";
import { compliant } from "./fixtures";

describe("the compliant fixture of the certificate, encryption, role, edge and placement specs", () => {
  it.each(compliant().map((r) => [r.kind, r.name, r] as const))("builds a valid %s model (%s)", (kind, _name, resource) => {
    const result = catalog[kind].schema.safeParse(resource.props);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
