/**
 * The command as a person or a tool runs it (spawned through tsx, as `npm run extract` does): the exit code, a
 * one-line refusal without a stack trace, and the JSON contract (stdout holds only a JSON array). The cases of
 * each bad input run in-process in lib/extractCommand.test.ts.
 */
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const TSX = resolve("node_modules/.bin/tsx");
const dir = mkdtempSync(join(tmpdir(), "cchc-extract-"));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs `tsx scripts/extract.ts ...args` and collects its output. */
function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ["scripts/extract.ts", ...args], { env: { ...process.env, INIT_CWD: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

describe("scripts/extract.ts", () => {
  it.concurrent("a binary file: one line on stderr, exit code 2, no stack trace", async () => {
    const { code, stdout, stderr } = await run(file("anh.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])));
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(/^extract: .*anh\.txt: this is a binary file .*\n$/);
  }, 30_000);

  it.concurrent("a bad flag: one line on stderr, exit code 2", async () => {
    const { code, stderr } = await run("--format", "xml", "x.txt");
    expect([code, stderr]).toEqual([2, "extract: --format must be csv or json (got xml) (see npm run extract -- --help)\n"]);
  }, 30_000);

  it.concurrent("--format json prints only a JSON array of candidates, each with the fields tools rely on", async () => {
    const text = "Năm 2024, Bộ phận Một cửa huyện Hòa Lạc đã tiếp nhận 12.345 hồ sơ, đúng hạn đạt 99,58%.\n";
    const { code, stdout } = await run("--format", "json", file("hoa-lac.txt", text));
    expect(code).toBe(0);
    const candidates = JSON.parse(stdout) as Record<string, unknown>[];
    expect(Array.isArray(candidates)).toBe(true);
    for (const c of candidates) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(["dataset", "measure", "level", "value", "line", "quote"]));
      expect(typeof c["value"]).toBe("number");
    }
  }, 30_000);
});
