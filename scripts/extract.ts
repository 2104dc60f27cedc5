/**
 * `npm run extract -- FILE [--unit UNIT_ID] [--source-id ID] [--format csv|json]`: every figure of a report's text
 * as candidate rows for a person to review before committing them to data/ (see scripts/lib/extractCommand.ts).
 */
import { fileURLToPath } from "node:url";
import { runExtract } from "./lib/extractCommand";

// A reader that stops early (| head) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
});

process.exitCode = runExtract(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // npm runs scripts from the project root; INIT_CWD is where the person typed the command.
  cwd: process.env.INIT_CWD || process.cwd(),
  dataDir: fileURLToPath(new URL("../data", import.meta.url)),
});
