/**
 * What `npm run extract` does, with its streams and folders passed in so tests can run it in-process: every figure
 * of a report's text as candidate rows in the target datasets' columns (CSV) or a JSON array of candidates on
 * stdout; checks and warnings on stderr. Bad input or flags: one line on stderr and exit code 2; anything else
 * unexpected: one line and exit code 1. Never a stack trace.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { extractReport, toCsv, type ExtractResult } from "../../src/extract/index";
import { checkReportSize, checkReportText } from "../../src/extract/input";
import { loadAll } from "../../src/loaders/datasets";
import { checkText } from "../../src/presentation/checkText";
import { toPlaceRecord } from "../../src/metrics/placeRecords";
import { parseExtractArgs, USAGE, type ExtractArgs } from "./extractArgs";

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Folder FILE is relative to (where the person typed the command). */
  cwd: string;
  /** The data/ folder the units are read from. */
  dataDir: string;
}

/** A problem to report in one line, with the exit code it deserves. */
class Stop extends Error {
  constructor(message: string, readonly code = 2) {
    super(message);
  }
}

/** The report's text; a file that is too large is refused from its size, before it is read. */
function readReport(args: ExtractArgs, cwd: string): string {
  const path = resolve(cwd, args.file);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new Stop(`${args.file}: is a folder, not a file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof Stop) throw e;
    throw new Stop(`${args.file}: no such file`);
  }
  const tooLarge = checkReportSize(size);
  if (tooLarge) throw new Stop(`${args.file}: ${tooLarge.message}`);
  const checked = checkReportText(readFileSync(path), args.file);
  if (!checked.ok) throw new Stop(`${args.file}: ${checked.message}`);
  return checked.text;
}

/** The human-readable part (stderr): what was found, the arithmetic checks, the warnings. */
export function summary(result: ExtractResult, args: Pick<ExtractArgs, "file" | "sourceId">): string[] {
  const byDataset = new Map<string, number>();
  for (const c of result.candidates) byDataset.set(c.dataset, (byDataset.get(c.dataset) ?? 0) + 1);
  const counts = [...byDataset].map(([d, n]) => `${d} ${n}`).join(", ");
  const { context } = result;
  const lines = [
    `${args.file}: ${result.candidates.length} figure(s)${counts ? ` (${counts})` : ""}; source_id ${args.sourceId}`,
    `unit: ${context.unit_id ?? "not found"}${context.unit_note ? ` (${context.unit_note})` : ""}; ` +
      `period: ${context.period_start ?? "?"} to ${context.period_end ?? "?"}${context.period_note ? ` (${context.period_note})` : ""}`,
  ];
  const failed = result.checks.filter((c) => !c.ok);
  const by = (g: string) => failed.filter((c) => c.grade === g).length;
  if (result.checks.length) lines.push(`checks: ${result.checks.length - failed.length} of ${result.checks.length} pass; ${by("contradiction")} contradiction(s), ${by("missing")} missing part(s), ${by("rounding")} rounding difference(s)`);
  const word = { ok: "ok           ", rounding: "rounding     ", missing: "MISSING PART ", contradiction: "CONTRADICTION" } as const;
  for (const c of result.checks) lines.push(`  ${word[c.grade]} ${checkText(c, "vi")}${c.lines.length ? ` (line ${c.lines.join(", ")})` : ""}`);
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  return lines;
}

/** One candidate per line inside the array: valid JSON that diffs and greps well. */
export function jsonArray(items: readonly unknown[]): string {
  return items.length ? `[\n${items.map((c) => JSON.stringify(c)).join(",\n")}\n]\n` : "[]\n";
}

function run(argv: readonly string[], io: CommandIo): void {
  const parsed = parseExtractArgs(argv);
  if (parsed.kind === "help") return io.stdout(`${USAGE}\n`);
  if (parsed.kind === "error") throw new Stop(`${parsed.message} (see npm run extract -- --help)`);
  const { args } = parsed;
  const text = readReport(args, io.cwd);
  const { tables, errors } = loadAll(io.dataDir);
  if (errors.length) io.stderr(`warning: data/ has ${errors.length} error(s) (npm run check:data); places are read from its valid rows\n`);
  const places = tables.units.map(({ row }) => toPlaceRecord(row));
  if (places.length === 0) throw new Stop(`${io.dataDir}: no units in units.csv, so no place can be named`, 1);
  if (args.unitId !== undefined && !places.some((p) => p.unit_id === args.unitId)) {
    throw new Stop(`--unit ${args.unitId}: no such unit in data/units.csv (ids look like soc-trang/my-xuyen)`);
  }
  const result = extractReport(text, { places, sourceId: args.sourceId, ...(args.unitId ? { unitId: args.unitId } : {}) });
  io.stdout(args.format === "json" ? jsonArray(result.candidates) : toCsv(result.candidates, args.sourceId));
  io.stderr(`${summary(result, args).join("\n")}\n`);
}

/** Runs the command and returns its exit code (0, 1 for an unexpected failure, 2 for bad input or flags). */
export function runExtract(argv: readonly string[], io: CommandIo): number {
  try {
    run(argv, io);
    return 0;
  } catch (e) {
    const stop = e instanceof Stop;
    const message = stop ? e.message : `unexpected error: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`;
    io.stderr(`extract: ${message}\n`);
    return stop ? e.code : 1;
  }
}
