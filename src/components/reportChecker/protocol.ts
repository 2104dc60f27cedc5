/** Messages between the report-checking page and its worker (types only: nothing here reaches the bundle). */
import type { ExtractResult } from "../../extract/types";
import type { PackedPlace } from "../../metrics/placeRecords";
import type { Excerpt } from "./view";

/** A pasted text, or a file's bytes with its name. */
export type ReportInput = { kind: "text"; text: string } | { kind: "bytes"; bytes: ArrayBuffer; name: string };

export interface RunRequest {
  id: number;
  input: ReportInput;
  places: PackedPlace[];
  sourceId: string;
}

export type WorkerReply =
  | { id: number; type: "progress"; stage: "reading" | "extracting" | "formatting" }
  | { id: number; type: "refused"; /** The input gate's English (command-line) and Vietnamese lines; the page picks one. */ message: string; messageVi: string }
  | { id: number; type: "failed"; message: string }
  | { id: number; type: "done"; result: ExtractResult; csv: string; excerpt: Excerpt; lineCount: number };
