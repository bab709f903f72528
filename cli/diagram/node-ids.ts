/** Node IDs made from names, safe for Mermaid (letters, digits, `_`) and unique in one picture. */
export class NodeIds {
  private readonly taken = new Set<string>();

  /** Marks IDs already in use, so that new ones differ from them. */
  reserve(ids: Iterable<string>): this {
    for (const id of ids) this.taken.add(id);
    return this;
  }

  make(prefix: string, name: string): string {
    const base = `${prefix}_${name.replace(/[^A-Za-z0-9]/g, "_")}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}_${n}`;
    this.taken.add(id);
    return id;
  }
}
