/** Two builds of the same commit produce byte-identical files. */
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildInto } from "./lib/build";

function digest(dir: string, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) digest(dir, rel, out);
    else out.set(rel, createHash("sha256").update(readFileSync(join(dir, rel))).digest("hex"));
  }
  return out;
}

describe("determinism", () => {
  it("two builds produce identical files (no exceptions)", async () => {
    const a = await buildInto();
    const b = await buildInto();
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    const da = digest(a.dist);
    const db = digest(b.dist);
    expect([...db.keys()]).toEqual([...da.keys()]);
    // Astro's build internals never reach the published folder (they once did when it lay outside the project).
    expect([...da.keys()].filter((file) => /^(collections\/|chunks\/|[^/]+\.mjs$)/.test(file))).toEqual([]);
    const differing = [...da].filter(([file, hash]) => db.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
