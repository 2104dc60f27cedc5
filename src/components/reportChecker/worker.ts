/**
 * The report-checking page's worker: checks the input, runs the extractor and cuts the excerpt off the main thread,
 * so the page stays responsive on a 5 MB paste and only a small result (rows, CSV text, excerpt) comes back.
 */
import { extractReport, toCsv } from "../../extract/index";
import { checkReportText } from "../../extract/input";
import { unpackPlaces } from "../../metrics/placeRecords";
import type { RunRequest, WorkerReply } from "./protocol";
import { excerptOf } from "./view";

const post = (reply: WorkerReply) => postMessage(reply);

addEventListener("message", (event: MessageEvent<RunRequest>) => {
  const { id, input, places, sourceId } = event.data;
  try {
    post({ id, type: "progress", stage: "reading" });
    const bytes = input.kind === "text" ? new TextEncoder().encode(input.text) : new Uint8Array(input.bytes);
    const checked = checkReportText(bytes, input.kind === "text" ? "" : input.name);
    if (!checked.ok) return post({ id, type: "refused", message: checked.message, messageVi: checked.messageVi });
    post({ id, type: "progress", stage: "extracting" });
    const result = extractReport(checked.text, { places: unpackPlaces(places), sourceId });
    post({ id, type: "progress", stage: "formatting" });
    const csv = toCsv(result.candidates, sourceId);
    const excerpt = excerptOf(checked.text, result.candidates);
    let lineCount = 1;
    for (let i = checked.text.indexOf("\n"); i >= 0; i = checked.text.indexOf("\n", i + 1)) lineCount++;
    post({ id, type: "done", result, csv, excerpt, lineCount });
  } catch (e) {
    post({ id, type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
});
