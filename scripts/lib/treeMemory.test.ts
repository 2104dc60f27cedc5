import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { processTree, samplePeak, treeRssKb } from "./treeMemory";

// Node scripts that fill 100 MB each (filled, so it is resident) and wait: a parent, and a child it starts; the
// parent prints "ready" once the child has.
const hold = 'globalThis.held = Buffer.alloc(100 * 2 ** 20, 1); setInterval(() => {}, 1000);';
const childScript = `${hold} process.stdout.write("ready\\n");`;
const parentScript = `${hold}
const child = require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(childScript)}], { stdio: ["ignore", "pipe", "inherit"] });
child.stdout.once("data", () => process.stdout.write("ready\\n"));`;

// Starting two Node processes that fill 100 MB each can take seconds on a busy 2-core machine: a generous limit.
const START = 60_000;
let running: ChildProcess | undefined;
afterEach(() => {
  if (running?.pid) for (const pid of processTree(running.pid).reverse()) process.kill(pid);
});

async function startTree(): Promise<ChildProcess> {
  running = spawn(process.execPath, ["-e", parentScript], { stdio: ["ignore", "pipe", "inherit"] });
  await once(running.stdout as NodeJS.ReadableStream, "data");
  return running;
}

describe("treeRssKb", () => {
  it("sums a parent of 100 MB and its child of 100 MB: 200 MB plus two Node runtimes", async () => {
    const child = await startTree();
    const tree = processTree(child.pid as number);
    expect(tree).toHaveLength(2);
    const mb = treeRssKb(child.pid as number) / 1024;
    expect(mb).toBeGreaterThan(200);
    expect(mb).toBeLessThan(400);
  }, START);

  it("is 0 for a process that does not exist", () => {
    expect(treeRssKb(2 ** 22 + 1)).toBe(0);
  });
});

describe("samplePeak", () => {
  it("keeps the largest sum it sampled", async () => {
    const child = await startTree();
    const sampler = samplePeak(child.pid as number, 20);
    const after = sampler.samples;
    while (sampler.samples < after + 2) await new Promise((r) => setTimeout(r, 10));
    const peak = sampler.stop();
    expect(peak).toBeGreaterThan(200);
    expect(peak).toBeLessThan(400);
  }, START);
});
