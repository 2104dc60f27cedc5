/**
 * The command line of `npm run extract`: FILE plus --unit, --source-id and --format, parsed into options or
 * one line saying what is wrong, so the script can answer a typo with that line and exit code 2, never a stack.
 */
import { toSlug } from "../../src/lib/slug";

export type ExtractFormat = "csv" | "json";

export interface ExtractArgs {
  file: string;
  unitId: string | undefined;
  sourceId: string;
  format: ExtractFormat;
}

export type ParsedArgs = { kind: "help" } | { kind: "run"; args: ExtractArgs } | { kind: "error"; message: string };

export const USAGE = `Usage: npm run extract -- FILE [--unit UNIT_ID] [--source-id ID] [--format csv|json]

Reads every figure of a CCHC report's text (UTF-8 .txt, at most 5 MB) into candidate rows of
data/dossiers.csv, online_services.csv, par_index.csv and satisfaction.csv, each with its line, section,
the exact quote it was read from and notes on anything assumed. Review them before you commit any row.

  FILE              the report's text
  --unit UNIT_ID    the reporting unit (units.unit_id, e.g. soc-trang/my-xuyen); guessed from the heading if absent
  --source-id ID    written into the rows' source_id column (default: a slug of the file name)
  --format csv      one block per dataset, in the dataset's own columns (default)
  --format json     a JSON array of candidates only (npm run --silent extract -- --format json FILE)
  -h, --help        this text

Arithmetic checks and warnings go to stderr. Exit code 2 for bad input or flags.`;

/** The default source id: the file's name without folders and extension, as an ASCII slug ("BC 2024.txt" -> "bc-2024"). */
export function sourceIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return toSlug(base.replace(/\.[^.]*$/, "")) || "report";
}

const VALUE_FLAGS = new Set(["--unit", "--source-id", "--format"]);

/** Parses the arguments after `--` (flags in any order, `--flag value` or `--flag=value`). */
export function parseExtractArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "-h" || arg === "--help") return { kind: "help" };
    if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("-") && arg !== "-") {
      const [flag = "", inline] = arg.split(/=(.*)/s, 2);
      if (!VALUE_FLAGS.has(flag)) return { kind: "error", message: `unknown option ${flag}` };
      const value = inline ?? argv[++i];
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) return { kind: "error", message: `${flag} needs a value` };
      if (values.has(flag)) return { kind: "error", message: `${flag} given twice` };
      values.set(flag, value);
      continue;
    }
    files.push(arg);
  }
  if (files.length === 0) return { kind: "error", message: "no FILE given" };
  if (files.length > 1) return { kind: "error", message: `one FILE at a time (got ${files.length}: ${files.join(", ")})` };
  const format = values.get("--format") ?? "csv";
  if (format !== "csv" && format !== "json") return { kind: "error", message: `--format must be csv or json (got ${format})` };
  const file = files[0] ?? "";
  const sourceId = values.get("--source-id") ?? sourceIdFromFile(file);
  if (toSlug(sourceId) !== sourceId) return { kind: "error", message: `--source-id must be lower-case ASCII letters, digits and hyphens (got ${sourceId})` };
  return { kind: "run", args: { file, unitId: values.get("--unit"), sourceId, format } };
}
