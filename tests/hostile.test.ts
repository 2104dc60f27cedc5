/** Data strings containing HTML or script render as text; downloads neutralise spreadsheet formulas. */
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildInto } from "./lib/build";

const SCRIPT = '<script>alert("x")</script>';
const FORMULA = '=HYPERLINK("http://evil.example","x")';

describe("hostile strings in data", () => {
  it("are escaped in pages and neutralised in CSV downloads", async () => {
    const data = join(mkdtempSync(join(tmpdir(), "cchc-hostile-")), "data");
    cpSync("data", data, { recursive: true });
    const units = join(data, "units.csv");
    writeFileSync(units, readFileSync(units, "utf8").replace("soc-trang/my-xuyen,Mỹ Xuyên,", `soc-trang/my-xuyen,"Mỹ Xuyên ${SCRIPT.replace(/"/g, '""')}",`));
    const sources = join(data, "sources.csv");
    writeFileSync(sources, readFileSync(sources, "utf8").replace("bc-my-xuyen-2021,report,UBND huyện Mỹ Xuyên,", `bc-my-xuyen-2021,report,"${FORMULA.replace(/"/g, '""')}",`));
    const { dist, status, stderr } = await buildInto({ dataDir: data });
    expect(stderr).not.toContain("data error");
    expect(status).toBe(0);
    const html = readFileSync(join(dist, "huyen/soc-trang/my-xuyen/index.html"), "utf8");
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain("&lt;script&gt;");
    const csv = readFileSync(join(dist, "du-lieu/units.csv"), "utf8");
    expect(csv).toContain("Mỹ Xuyên <script>");
    expect(readFileSync(join(dist, "du-lieu/sources.csv"), "utf8")).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(readFileSync(join(dist, "nguon/bc-my-xuyen-2021/index.html"), "utf8")).toContain("=HYPERLINK(&quot;http://evil.example&quot;");
    // Numbers, negative ones included, are not altered by the neutralisation.
    expect(readFileSync(join(dist, "du-lieu/dossiers.csv"), "utf8")).toContain(",7927,");
    expect(readFileSync(join(dist, "du-lieu/stats.csv"), "utf8")).toContain(",-1.58,");
  });
});
