/**
 * Converts the province-level research compilation (shared/research/) into CSV files that follow the
 * extraction spec (extract/SPEC.md): units.csv, sources.csv, par_index.csv, satisfaction.csv, stats.csv.
 *
 *   npx tsx scripts/import-research.ts <research-dir> <out-dir>
 *
 * Only node built-ins and papaparse. Fails (exit 1, `file:line: message`) on anything it cannot map:
 * an unknown province name, an unknown indicator, a malformed number, a row count that does not add up.
 * Output is deterministic: fixed row order, fixed column order, "\n" line endings, minimal RFC 4180 quoting.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

// ---------------------------------------------------------------------------------------------------------
// Small helpers

class ImportError extends Error {}

function fail(file: string, line: number | null, message: string): never {
  throw new ImportError(`${file}${line === null ? "" : `:${line}`}: ${message}`);
}

const warnings: string[] = [];
function warn(file: string, line: number | null, message: string): void {
  warnings.push(`${file}${line === null ? "" : `:${line}`}: ${message}`);
}

/** slug(x) of SPEC.md: lowercase, no Vietnamese diacritics, đ -> d, non-alphanumerics -> '-', dashes collapsed. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function sha1(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex");
}

/** Codepoint comparison (not locale-dependent, so the order is the same on every machine). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const COUNT = /^\d+$/;

// ---------------------------------------------------------------------------------------------------------
// Reading CSV with line numbers

interface Row {
  line: number; // 1-based line in the file where the row starts
  cells: Record<string, string>;
}

function readCsv(dir: string, file: string, header: readonly string[]): Row[] {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    fail(file, null, `cannot read ${path}: ${(error as Error).message}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.normalize("NFC");
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    fail(file, e.row === undefined ? null : e.row + 1, `CSV parse error: ${e.message}`);
  }
  const rows: Row[] = [];
  let line = 1;
  let headerSeen = false;
  for (const raw of parsed.data) {
    const startLine = line;
    line += 1 + raw.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (raw.length === 1 && raw[0]!.trim() === "") continue; // blank line (e.g. the final newline)
    const cells = raw.map((c) => c.replace(/\r/g, "").trim());
    if (!headerSeen) {
      if (cells.join(",") !== header.join(",")) {
        fail(file, startLine, `unexpected header ${JSON.stringify(cells)}; expected ${JSON.stringify(header)}`);
      }
      headerSeen = true;
      continue;
    }
    if (cells.length !== header.length) {
      fail(file, startLine, `expected ${header.length} cells, found ${cells.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      record[name] = cells[i]!;
    });
    rows.push({ line: startLine, cells: record });
  }
  if (!headerSeen) fail(file, null, "empty file");
  return rows;
}

function get(row: Row, name: string): string {
  const v = row.cells[name];
  if (v === undefined) throw new Error(`no column ${name}`);
  return v;
}

// ---------------------------------------------------------------------------------------------------------
// Output tables

const UNIT_COLUMNS = ["unit_id", "name", "kind", "parent_id", "gso_code", "region", "valid_from", "valid_to", "successor_ids", "aliases", "source_id", "line", "note"] as const;
const SOURCE_COLUMNS = ["source_id", "kind", "issuer", "title", "doc_number", "issued_date", "period_start", "period_end", "file", "url", "note"] as const;
const PAR_COLUMNS = ["unit_id", "year", "assessor", "score", "max_score", "percent_stated", "rank", "rank_of", "rank_scope", "band", "quality", "source_id", "line", "section", "note"] as const;
const SAT_COLUMNS = ["unit_id", "year", "survey", "indicator", "value", "max_value", "rank", "rank_of", "rank_scope", "sample_size", "quality", "source_id", "line", "section", "note"] as const;
const STAT_COLUMNS = ["scope_unit_id", "year", "indicator", "population", "statistic", "value", "source_id", "line", "section", "note"] as const;

type Out<C extends readonly string[]> = Record<C[number], string>;

function writeCsv<C extends readonly string[]>(outDir: string, file: string, columns: C, rows: Out<C>[]): void {
  const data = rows.map((r) =>
    columns.map((c) => {
      const v = (r as Record<string, string>)[c] ?? "";
      if (v !== v.trim()) throw new Error(`${file}: cell ${c} has leading/trailing spaces: ${JSON.stringify(v)}`);
      return v;
    }),
  );
  const text = Papa.unparse({ fields: [...columns], data }, { newline: "\n", quotes: false, header: true });
  writeFileSync(join(outDir, file), `${text}\n`, "utf8");
}

// ---------------------------------------------------------------------------------------------------------
// Fixed knowledge

const COUNTRY_ID = "viet-nam";
const RESOLUTION_ID = "nq-202-2025-qh15";
const MERGED_VALID_TO = "2025-06-30";
const NEW_VALID_FROM = "2025-07-01";
const UNIT_KINDS = new Set(["tinh", "thanh_pho_truc_thuoc_tw"]);

/** Alternative names (search aliases), keyed by unit_id. Pre-2025 aliases are also accepted when resolving names. */
const ALIASES: Record<string, string[]> = {
  // pre-2025 provinces
  "tp-ho-chi-minh": ["TP.HCM", "TP HCM", "Thành phố Hồ Chí Minh", "Sài Gòn", "HCM"],
  "ba-ria-vung-tau": ["BR-VT", "Bà Rịa Vũng Tàu", "Vũng Tàu"],
  "thua-thien-hue": ["Huế", "Thừa Thiên - Huế"],
  "ha-noi": ["HN", "TP Hà Nội", "Thành phố Hà Nội"],
  "dak-lak": ["Daklak", "Đăk Lăk"],
  "dak-nong": ["Đăk Nông"],
  "can-tho": ["TP Cần Thơ", "Thành phố Cần Thơ"],
  "da-nang": ["TP Đà Nẵng", "Thành phố Đà Nẵng"],
  "hai-phong": ["TP Hải Phòng", "Thành phố Hải Phòng"],
  "hoa-binh": ["Hoà Bình"],
  "thanh-hoa": ["Thanh Hoá"],
  "khanh-hoa": ["Khánh Hoà"],
  "bac-kan": ["Bắc Cạn"],
  "kon-tum": ["Kontum"],
  // units formed on 1 July 2025
  "tp-ho-chi-minh-2025": ["TP.HCM", "TP HCM", "Thành phố Hồ Chí Minh", "Sài Gòn", "HCM"],
  "hue-2025": ["TP Huế", "TP. Huế", "Thành phố Huế"],
  "can-tho-2025": ["TP Cần Thơ", "Thành phố Cần Thơ"],
  "da-nang-2025": ["TP Đà Nẵng", "Thành phố Đà Nẵng"],
  "hai-phong-2025": ["TP Hải Phòng", "Thành phố Hải Phòng"],
  "dak-lak-2025": ["Daklak", "Đăk Lăk"],
  "khanh-hoa-2025": ["Khánh Hoà"],
};

/** README.md: the resolution's text and a second Lao Động article are cited there without a full URL. */
const RESOLUTION_URL_HINTS = [/news\.laodong\.vn\/.*-1522769\.ldo$/, /news\.laodong\.vn\/.*-1524371\.ldo$/, /vietnamnews\.vn\/politics-laws\/1720781\//, /luatvietnam\.vn/];

// ---------------------------------------------------------------------------------------------------------
// Sources (one row per distinct URL)

interface Citation {
  file: string;
  line: number;
  asSource: boolean; // true = the row's source column, false = mentioned in a note
  title: string;
  role: string; // what the citation supports, when the research file says so ("" otherwise)
}

const citations = new Map<string, Citation[]>(); // url -> citations, insertion order = first citation order

function parseUrl(file: string, line: number, url: string): URL {
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("not http(s)");
    return u;
  } catch {
    fail(file, line, `not a valid URL: ${JSON.stringify(url)}`);
  }
}

function cite(file: string, line: number, url: string, asSource: boolean, title = "", role = ""): string {
  parseUrl(file, line, url);
  const list = citations.get(url) ?? [];
  list.push({ file, line, asSource, title, role });
  citations.set(url, list);
  return webSourceId(url);
}

function webSourceId(url: string): string {
  return `web-${sha1(url).slice(0, 10)}`;
}

/** URLs mentioned inside a free-text note ("consistent with: …", "SOURCE CONFLICT with: … per …"). */
function noteUrls(note: string): string[] {
  const found: string[] = [];
  for (const m of note.matchAll(/https?:\/\/[^\s]+/g)) {
    let url = m[0];
    // trailing punctuation belongs to the sentence, not the URL; drop ")" only when unbalanced
    for (;;) {
      if (/[;,.:]$/.test(url)) url = url.slice(0, -1);
      else if (url.endsWith(")") && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
      else break;
    }
    found.push(url);
  }
  return found;
}

function citeNote(file: string, line: number, note: string): void {
  for (const url of noteUrls(note)) cite(file, line, url, false);
}

/** Outlet named in a title's final parenthesis: "… (Báo Quảng Nam)" -> "Báo Quảng Nam"; null when none usable. */
function outletFromTitle(title: string): string | null {
  const m = /\(([^()]*)\)\s*$/.exec(title);
  if (!m) return null;
  let outlet = m[1]!.trim();
  if (/^repost of\b/i.test(outlet)) return null; // the page's host is the publisher
  outlet = outlet.split(", ")[0]!.trim();
  const via = / via (.+)$/.exec(outlet);
  if (via) outlet = via[1]!.trim();
  outlet = outlet.replace(/ repost of .*$/i, "").replace(/\s+\S+(-language)? edition$/i, "").trim();
  return outlet === "" ? null : outlet;
}

function hostName(url: string): string {
  return new URL(url).hostname.replace(/^www\./i, "").toLowerCase();
}

/** A file in a GitHub repository: title "owner/repo: path", issuer "GitHub (owner/repo)". */
function githubFile(url: string): { title: string; issuer: string } | null {
  const u = new URL(url);
  if (u.hostname !== "github.com") return null;
  const m = /^\/([^/]+)\/([^/]+)(?:\/(?:blob|tree)\/[^/]+\/(.+))?$/.exec(u.pathname);
  if (!m) return null;
  const repo = `${m[1]}/${m[2]}`;
  return { title: m[3] === undefined ? repo : `${repo}: ${decodeURIComponent(m[3])}`, issuer: `GitHub (${repo})` };
}

function buildSources(): Out<typeof SOURCE_COLUMNS>[] {
  // outlet per host, from titled citations, used for untitled URLs of the same host when unambiguous
  const hostOutlets = new Map<string, Set<string>>();
  for (const [url, list] of citations) {
    const title = list.find((c) => c.title !== "")?.title;
    const outlet = title === undefined ? null : outletFromTitle(title);
    if (outlet === null) continue;
    const set = hostOutlets.get(hostName(url)) ?? new Set<string>();
    set.add(outlet);
    hostOutlets.set(hostName(url), set);
  }
  const rows: Out<typeof SOURCE_COLUMNS>[] = [];
  const ids = new Map<string, string>();
  for (const [url, list] of citations) {
    const id = webSourceId(url);
    const clash = ids.get(id);
    if (clash !== undefined && clash !== url) fail(list[0]!.file, list[0]!.line, `source_id collision ${id}: ${url} vs ${clash}`);
    ids.set(id, url);
    const titles = [...new Set(list.map((c) => c.title).filter((t) => t !== ""))];
    if (titles.length > 1) warn(list[0]!.file, list[0]!.line, `URL has ${titles.length} different source_title values; first kept: ${url}`);
    const host = hostName(url);
    const gh = githubFile(url);
    const title = titles[0] ?? gh?.title ?? host;
    let issuer = titles[0] === undefined ? (gh?.issuer ?? null) : outletFromTitle(titles[0]);
    if (issuer === null) {
      const outlets = hostOutlets.get(host);
      issuer = outlets !== undefined && outlets.size === 1 ? [...outlets][0]! : host;
    }
    // where the URL is cited, per file: "par_sipas_provinces.csv 3 rows as source, 1 note"
    const perFile = new Map<string, { source: number; note: number }>();
    for (const c of list) {
      const n = perFile.get(c.file) ?? { source: 0, note: 0 };
      if (c.asSource) n.source++;
      else n.note++;
      perFile.set(c.file, n);
    }
    const where = [...perFile]
      .map(([f, n]) => [f, n.source ? `${n.source} as source` : "", n.note ? `${n.note} in notes` : ""].filter((s) => s !== "").join(" "))
      .join("; ");
    const noteParts = [`cited in research: ${where}`];
    const roles = [...new Set(list.map((c) => c.role).filter((r) => r !== ""))];
    if (roles.length > 0) noteParts.push(`used for: ${roles.join(", ")}`);
    if (!list.some((c) => c.asSource)) noteParts.push("only mentioned in notes (corroborating or conflicting page)");
    if (titles[0] === undefined) noteParts.push(`title not recorded in research files (${gh ? "repository path" : "host name"} used)`);
    rows.push({ source_id: id, kind: "web", issuer, title, doc_number: "", issued_date: "", period_start: "", period_end: "", file: "", url, note: noteParts.join("; ") });
  }
  // Resolution 202/2025/QH15 (legal basis of the 2025 reorganisation)
  const quoting = [...citations.keys()].filter((u) => RESOLUTION_URL_HINTS.some((re) => re.test(u)));
  rows.push({
    source_id: RESOLUTION_ID,
    kind: "legal",
    issuer: "Quốc hội",
    title: "Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh",
    doc_number: "202/2025/QH15",
    issued_date: "2025-06-12",
    period_start: "",
    period_end: "",
    file: "",
    url: "",
    note:
      `Resolution on the 2025 reorganisation of provincial units (63 -> 34; effective on adoption; new local governments from 2025-07-01). ` +
      `Text not in the research files; quoted by: ${quoting.map((u) => `${u} (${webSourceId(u)})`).join("; ")}; ` +
      `research README also cites news.laodong.vn …1524371.ldo and english.luatvietnam.vn (text of the resolution) without full URLs.`,
  });
  rows.sort((a, b) => cmp(a.source_id, b.source_id));
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// Units

interface OldUnit {
  id: string;
  name: string;
  kind: string;
  gso: string;
  region: string;
  successorName: string;
  urls: string[];
  line: number;
}

interface NewUnit {
  name: string;
  kind: string;
  mergedFrom: string[]; // old unit ids
  urls: string[];
  line: number;
  continuing: boolean;
  id: string;
}

function splitUrls(file: string, line: number, cell: string): string[] {
  const urls = cell
    .split(/\s+;\s+/)
    .map((u) => u.trim())
    .filter((u) => u !== "");
  if (urls.length === 0) fail(file, line, "no source_url");
  for (const u of urls) if (/\s/.test(u)) fail(file, line, `URL list not separated by " ; ": ${JSON.stringify(cell)}`);
  return urls;
}

/** name -> pre-2025 unit id (names and aliases). */
const nameIndex = new Map<string, string>();

function indexName(file: string, line: number, name: string, id: string): void {
  const key = name.normalize("NFC");
  const prev = nameIndex.get(key);
  if (prev !== undefined && prev !== id) fail(file, line, `name ${JSON.stringify(name)} would resolve to both ${prev} and ${id}`);
  nameIndex.set(key, id);
}

function resolveProvince(file: string, line: number, name: string): string {
  const id = nameIndex.get(name.normalize("NFC").trim());
  if (id === undefined) fail(file, line, `unknown province name ${JSON.stringify(name)}`);
  return id;
}

// ---------------------------------------------------------------------------------------------------------
// Quality of a provincial row

function quality(note: string): "stated" | "listing_order" | "inferred" | "derived" {
  const text = note.replace(/https?:\/\/\S+/g, " ");
  const inf = /\b(inferred|derived)\b/i.exec(text);
  if (inf) return inf[1]!.toLowerCase() as "inferred" | "derived";
  // "rank by listing order" (README), and the same claim worded differently in a few notes
  if (/rank by listing order|rank order as listed|\blisted (right after|first|second|third|\d+(st|nd|rd|th))\b/i.test(text)) return "listing_order";
  return "stated";
}

// ---------------------------------------------------------------------------------------------------------
// Main

function main(argv: string[]): void {
  const [researchDir, outDir] = argv;
  if (researchDir === undefined || outDir === undefined || argv.length !== 2) {
    console.error("usage: npx tsx scripts/import-research.ts <research-dir> <out-dir>");
    process.exit(2);
  }

  const F63 = "provinces_63.csv";
  const F34 = "provinces_34.csv";
  const FPROV = "par_sipas_provinces.csv";
  const FNAT = "national_par_sipas.csv";

  const rows63 = readCsv(researchDir, F63, ["gso_code", "name", "type", "region", "successor_2025", "source_url"]);
  const rows34 = readCsv(researchDir, F34, ["name", "type", "merged_from", "source_url"]);
  const rowsProv = readCsv(researchDir, FPROV, ["year", "province", "indicator", "value", "rank", "rank_of", "source_url", "source_title", "note"]);
  const rowsNat = readCsv(researchDir, FNAT, ["year", "indicator", "statistic", "value", "source_url", "note"]);

  // --- pre-2025 provinces
  const oldUnits: OldUnit[] = [];
  const oldById = new Map<string, OldUnit>();
  const gsoSeen = new Set<string>();
  for (const r of rows63) {
    const name = get(r, "name");
    const id = slug(name);
    const gso = get(r, "gso_code");
    const kind = get(r, "type");
    if (name === "") fail(F63, r.line, "empty name");
    if (!/^\d{2}$/.test(gso)) fail(F63, r.line, `gso_code must be 2 digits, got ${JSON.stringify(gso)}`);
    if (gsoSeen.has(gso)) fail(F63, r.line, `duplicate gso_code ${gso}`);
    gsoSeen.add(gso);
    if (!UNIT_KINDS.has(kind)) fail(F63, r.line, `unknown type ${JSON.stringify(kind)}`);
    if (oldById.has(id)) fail(F63, r.line, `duplicate unit id ${id}`);
    if (get(r, "region") === "") fail(F63, r.line, "empty region");
    const u: OldUnit = { id, name, kind, gso, region: get(r, "region"), successorName: get(r, "successor_2025"), urls: splitUrls(F63, r.line, get(r, "source_url")), line: r.line };
    oldUnits.push(u);
    oldById.set(id, u);
    indexName(F63, r.line, name, id);
  }
  if (oldUnits.length !== 63) fail(F63, null, `expected 63 provinces, found ${oldUnits.length}`);
  for (const u of oldUnits) for (const a of ALIASES[u.id] ?? []) indexName(F63, u.line, a, u.id);
  for (const id of Object.keys(ALIASES)) {
    if (!id.endsWith("-2025") && !oldById.has(id)) fail("import-research.ts", null, `alias table names unknown unit ${id}`);
  }
  const regions = new Set(oldUnits.map((u) => u.region));

  // --- 2025 units
  const newUnits: NewUnit[] = [];
  const newByName = new Map<string, NewUnit>();
  const successorOf = new Map<string, NewUnit>(); // old id -> 2025 unit
  for (const r of rows34) {
    const name = get(r, "name");
    const kind = get(r, "type");
    if (name === "") fail(F34, r.line, "empty name");
    if (!UNIT_KINDS.has(kind)) fail(F34, r.line, `unknown type ${JSON.stringify(kind)}`);
    if (newByName.has(name)) fail(F34, r.line, `duplicate 2025 unit ${name}`);
    const parts = get(r, "merged_from").split(";").map((s) => s.trim());
    if (parts.some((p) => p === "")) fail(F34, r.line, `empty item in merged_from ${JSON.stringify(get(r, "merged_from"))}`);
    const mergedFrom = parts.map((p) => resolveProvince(F34, r.line, p));
    if (new Set(mergedFrom).size !== mergedFrom.length) fail(F34, r.line, "a province is listed twice in merged_from");
    const only = mergedFrom.length === 1 ? oldById.get(mergedFrom[0]!) : undefined;
    const continuing = only !== undefined && only.name === name;
    if (continuing && only.kind !== kind) warn(F34, r.line, `${name} continues with a different kind (${only.kind} -> ${kind})`);
    const id = continuing ? only.id : `${slug(name)}-2025`;
    const u: NewUnit = { name, kind, mergedFrom, urls: splitUrls(F34, r.line, get(r, "source_url")), line: r.line, continuing, id };
    newUnits.push(u);
    newByName.set(name, u);
    for (const old of mergedFrom) {
      const prev = successorOf.get(old);
      if (prev !== undefined) fail(F34, r.line, `${old} is merged into both ${prev.name} and ${name}`);
      successorOf.set(old, u);
    }
  }
  if (newUnits.length !== 34) fail(F34, null, `expected 34 units, found ${newUnits.length}`);
  for (const old of oldUnits) {
    const succ = successorOf.get(old.id);
    if (succ === undefined) fail(F34, null, `${old.name} (${F63}:${old.line}) is in no merged_from list`);
    if (!newByName.has(old.successorName)) fail(F63, old.line, `unknown 2025 unit ${JSON.stringify(old.successorName)} in successor_2025`);
    if (succ.name !== old.successorName) {
      fail(F63, old.line, `successor_2025 says ${old.successorName} but ${F34}:${succ.line} merges ${old.name} into ${succ.name}`);
    }
  }
  const newIds = new Set<string>();
  for (const u of newUnits) {
    if (!u.continuing && oldById.has(u.id)) fail(F34, u.line, `2025 id ${u.id} collides with a pre-2025 id`);
    if (newIds.has(u.id)) fail(F34, u.line, `duplicate 2025 id ${u.id}`);
    newIds.add(u.id);
  }

  // --- unit rows (the sources are registered in file order so citation order is stable)
  const unitRows: Out<typeof UNIT_COLUMNS>[] = [];
  unitRows.push({
    unit_id: COUNTRY_ID,
    name: "Việt Nam",
    kind: "quoc_gia",
    parent_id: "",
    gso_code: "",
    region: "",
    valid_from: "",
    valid_to: "",
    successor_ids: "",
    aliases: "Vietnam;Viet Nam;Cộng hòa xã hội chủ nghĩa Việt Nam",
    source_id: "", // filled below with the code-list source
    line: "",
    note: "Country; parent of the provincial units. Source is the administrative-unit code list the provinces are taken from.",
  });
  const oldRows: Out<typeof UNIT_COLUMNS>[] = [];
  for (const u of oldUnits) {
    // README: source_url holds the code source, the region source, then the merger source(s)
    const roles = ["GSO code (pre-2025 administrative-unit list)", "socio-economic region (Resolution 81/2023/QH15)"];
    const ids = u.urls.map((url, i) => cite(F63, u.line, url, true, "", roles[i] ?? "2025 reorganisation"));
    const succ = successorOf.get(u.id)!;
    const others = ids.slice(1);
    let note: string;
    if (succ.continuing) {
      note = `Unchanged by Resolution 202/2025/QH15 (merged with no other unit, same name): continues after 2025-07-01.`;
    } else if (succ.mergedFrom.length === 1) {
      note = `Continues as ${succ.name} (${succ.kind}, ${succ.id}) from 2025-07-01 under Resolution 202/2025/QH15 (new name and kind, no merger).`;
    } else {
      const partners = succ.mergedFrom.filter((id) => id !== u.id).map((id) => oldById.get(id)!.name);
      note = `Merged with ${partners.join(", ")} into ${succ.name} (${succ.id}) under Resolution 202/2025/QH15, effective 2025-07-01.`;
    }
    if (u.id === "thua-thien-hue") note += " Typed tinh: it was a province in all index years 2017-2024.";
    if (others.length > 0) note += ` Other sources (code list, region, merger): ${others.join(";")}.`;
    oldRows.push({
      unit_id: u.id,
      name: u.name,
      kind: u.kind,
      parent_id: COUNTRY_ID,
      gso_code: u.gso,
      region: u.region,
      valid_from: "",
      valid_to: succ.continuing ? "" : MERGED_VALID_TO,
      successor_ids: succ.continuing ? "" : succ.id,
      aliases: (ALIASES[u.id] ?? []).join(";"),
      source_id: ids[0]!,
      line: "",
      note,
    });
  }
  oldRows.sort((a, b) => cmp(a.gso_code, b.gso_code));
  const newRows: Out<typeof UNIT_COLUMNS>[] = [];
  for (const u of newUnits) {
    const ids = u.urls.map((url) => cite(F34, u.line, url, true, "", "2025 reorganisation"));
    if (u.continuing) continue; // same unit as the pre-2025 row
    const from = u.mergedFrom.map((id) => oldById.get(id)!.name);
    let note =
      u.mergedFrom.length === 1
        ? `Formed 2025-07-01 under Resolution 202/2025/QH15 as the continuation of ${from[0]} under a new name and kind.`
        : `Formed 2025-07-01 under Resolution 202/2025/QH15 by merging ${from.join(", ")}.`;
    if (ids.length > 1) note += ` Other sources: ${ids.slice(1).join(";")}.`;
    newRows.push({
      unit_id: u.id,
      name: u.name,
      kind: u.kind,
      parent_id: COUNTRY_ID,
      gso_code: "",
      region: "",
      valid_from: NEW_VALID_FROM,
      valid_to: "",
      successor_ids: "",
      aliases: (ALIASES[u.id] ?? []).join(";"),
      source_id: ids[0]!,
      line: "",
      note,
    });
  }
  for (const id of Object.keys(ALIASES)) {
    if (id.endsWith("-2025") && !newRows.some((r) => r.unit_id === id)) fail("import-research.ts", null, `alias table names unknown unit ${id}`);
  }
  newRows.sort((a, b) => cmp(a.unit_id, b.unit_id));
  unitRows[0]!.source_id = oldRows.find((r) => r.gso_code === "01")!.source_id; // the code-list URL
  unitRows.push(...oldRows, ...newRows);

  // --- provincial figures
  const parRows: (Out<typeof PAR_COLUMNS> & { _line: number })[] = [];
  const satRows: (Out<typeof SAT_COLUMNS> & { _line: number })[] = [];
  const qualityCounts = new Map<string, number>();
  let conflictRows = 0;
  for (const r of rowsProv) {
    const year = get(r, "year");
    if (!/^20(1[7-9]|2[0-4])$/.test(year)) fail(FPROV, r.line, `unexpected year ${JSON.stringify(year)} (research covers 2017-2024)`);
    const unitId = resolveProvince(FPROV, r.line, get(r, "province"));
    const value = get(r, "value");
    const rank = get(r, "rank");
    const rankOf = get(r, "rank_of");
    if (value !== "" && !DECIMAL.test(value)) fail(FPROV, r.line, `value is not a number: ${JSON.stringify(value)}`);
    if (value !== "" && (Number(value) < 0 || Number(value) > 100)) fail(FPROV, r.line, `value outside 0-100: ${value}`);
    if (rank !== "" && !COUNT.test(rank)) fail(FPROV, r.line, `rank is not a whole number: ${JSON.stringify(rank)}`);
    if (rankOf !== "" && !COUNT.test(rankOf)) fail(FPROV, r.line, `rank_of is not a whole number: ${JSON.stringify(rankOf)}`);
    if ((rank === "") !== (rankOf === "")) fail(FPROV, r.line, "rank and rank_of must be both given or both empty");
    if (rank !== "" && (Number(rank) < 1 || Number(rank) > Number(rankOf))) fail(FPROV, r.line, `rank ${rank} outside 1..${rankOf}`);
    if (value === "" && rank === "") fail(FPROV, r.line, "row has neither value nor rank");
    const url = get(r, "source_url");
    if (url === "") fail(FPROV, r.line, "empty source_url");
    const note = get(r, "note");
    const sourceId = cite(FPROV, r.line, url, true, get(r, "source_title"));
    citeNote(FPROV, r.line, note);
    const q = quality(note);
    qualityCounts.set(q, (qualityCounts.get(q) ?? 0) + 1);
    if (/SOURCE CONFLICT/.test(note)) conflictRows++;
    const indicator = get(r, "indicator");
    if (indicator === "par_index_percent") {
      parRows.push({
        unit_id: unitId, year, assessor: "ministry", score: value, max_score: "100", percent_stated: "",
        rank, rank_of: rankOf, rank_scope: "national", band: "", quality: q,
        source_id: sourceId, line: "", section: "", note, _line: r.line,
      });
    } else if (indicator === "sipas_percent") {
      satRows.push({
        unit_id: unitId, year, survey: "sipas", indicator: "overall", value, max_value: "100",
        rank, rank_of: rankOf, rank_scope: "national", sample_size: "", quality: q,
        source_id: sourceId, line: "", section: "", note, _line: r.line,
      });
    } else {
      fail(FPROV, r.line, `unknown indicator ${JSON.stringify(indicator)}`);
    }
  }
  const byYearUnit = (a: { year: string; unit_id: string; _line: number }, b: { year: string; unit_id: string; _line: number }) =>
    cmp(a.year, b.year) || cmp(a.unit_id, b.unit_id) || a._line - b._line;
  parRows.sort(byYearUnit);
  satRows.sort(byYearUnit);

  // --- national statistics
  const statRows: (Out<typeof STAT_COLUMNS> & { _line: number })[] = [];
  let natConflicts = 0;
  for (const r of rowsNat) {
    const year = get(r, "year");
    if (!/^20(1[7-9]|2[0-4])$/.test(year)) fail(FNAT, r.line, `unexpected year ${JSON.stringify(year)}`);
    const ind = get(r, "indicator");
    const indicator = ind === "par_index_percent" ? "par_index" : ind === "sipas_percent" ? "sipas" : fail(FNAT, r.line, `unknown indicator ${JSON.stringify(ind)}`);
    let statistic = get(r, "statistic");
    const region = /^region_mean_(.+)$/.exec(statistic);
    if (region) {
      if (!regions.has(region[1]!)) fail(FNAT, r.line, `unknown region ${JSON.stringify(region[1])}`);
      statistic = `region_mean_${slug(region[1]!).replace(/-/g, "_")}`;
    } else if (!/^[a-z][a-z0-9_]*$/.test(statistic)) {
      fail(FNAT, r.line, `statistic is not snake_case: ${JSON.stringify(statistic)}`);
    }
    const value = get(r, "value");
    const note = get(r, "note");
    if (value === "") {
      if (statistic !== "lowest_ranked_list") fail(FNAT, r.line, `empty value for ${statistic}`);
      if (note === "") fail(FNAT, r.line, "lowest_ranked_list row without a note");
    } else if (!DECIMAL.test(value)) {
      fail(FNAT, r.line, `value is not a number: ${JSON.stringify(value)}`);
    }
    const url = get(r, "source_url");
    if (url === "") fail(FNAT, r.line, "empty source_url");
    const sourceId = cite(FNAT, r.line, url, true);
    citeNote(FNAT, r.line, note);
    if (/CONFLICT/.test(note)) natConflicts++;
    statRows.push({
      scope_unit_id: COUNTRY_ID, year, indicator, population: "provinces", statistic, value,
      source_id: sourceId, line: "", section: "", note, _line: r.line,
    });
  }
  statRows.sort((a, b) => cmp(a.year, b.year) || cmp(a.indicator, b.indicator) || cmp(a.statistic, b.statistic) || a._line - b._line);

  const sourceRows = buildSources();

  // --- referential checks on what we are about to write
  const unitIds = new Set(unitRows.map((u) => u.unit_id));
  const sourceIds = new Set(sourceRows.map((s) => s.source_id));
  if (unitIds.size !== unitRows.length) fail("units.csv", null, "duplicate unit_id in output");
  for (const u of unitRows) {
    for (const ref of [u.parent_id, ...u.successor_ids.split(";")]) if (ref !== "" && !unitIds.has(ref)) fail("units.csv", null, `${u.unit_id} refers to unknown unit ${ref}`);
    if (!sourceIds.has(u.source_id)) fail("units.csv", null, `${u.unit_id}: unknown source ${u.source_id}`);
  }
  for (const r of [...parRows, ...satRows]) if (!unitIds.has(r.unit_id) || !sourceIds.has(r.source_id)) fail(FPROV, r._line, "dangling reference");
  for (const r of statRows) if (!sourceIds.has(r.source_id)) fail(FNAT, r._line, "dangling reference");

  // --- row accounting: nothing may be dropped silently
  const unitsFrom63 = oldRows.length;
  const continuing = newUnits.filter((u) => u.continuing).length;
  const unitsFrom34 = newRows.length;
  const check = (file: string, inCount: number, outCount: number, what: string) => {
    if (inCount !== outCount) fail(file, null, `row accounting: ${inCount} in, ${outCount} out (${what})`);
  };
  check(F63, rows63.length, unitsFrom63, "units.csv pre-2025 rows");
  check(F34, rows34.length, unitsFrom34 + continuing, "units.csv 2025 rows + continuing units");
  check(FPROV, rowsProv.length, parRows.length + satRows.length, "par_index.csv + satisfaction.csv");
  check(FNAT, rowsNat.length, statRows.length, "stats.csv");

  // --- README cross-checks (warnings only)
  crossCheckReadme(researchDir, rowsProv, parRows.length + satRows.length, conflictRows);

  // --- write
  mkdirSync(outDir, { recursive: true });
  const strip = <T extends { _line: number }>(rows: T[]) => rows.map(({ _line, ...rest }) => rest);
  writeCsv(outDir, "units.csv", UNIT_COLUMNS, unitRows);
  writeCsv(outDir, "sources.csv", SOURCE_COLUMNS, sourceRows);
  writeCsv(outDir, "par_index.csv", PAR_COLUMNS, strip(parRows));
  writeCsv(outDir, "satisfaction.csv", SAT_COLUMNS, strip(satRows));
  writeCsv(outDir, "stats.csv", STAT_COLUMNS, strip(statRows));

  // --- report
  const rowCitations = [...citations.values()].filter((l) => l.some((c) => c.asSource)).length;
  console.log("counts (rows in -> rows out):");
  console.log(`  ${F63}: ${rows63.length} -> units.csv ${unitsFrom63} pre-2025 provinces (${oldRows.filter((r) => r.valid_to === "").length} continue after 2025-07-01, ${oldRows.filter((r) => r.valid_to !== "").length} end 2025-06-30)`);
  console.log(`  ${F34}: ${rows34.length} -> units.csv ${unitsFrom34} new units (-2025) + ${continuing} continuing units (same row as pre-2025)`);
  console.log(`  ${FPROV}: ${rowsProv.length} -> par_index.csv ${parRows.length} + satisfaction.csv ${satRows.length}`);
  console.log(`  ${FNAT}: ${rowsNat.length} -> stats.csv ${statRows.length} (${statRows.filter((r) => r.value === "").length} with empty value)`);
  console.log(`  units.csv: ${unitRows.length} rows (1 country + ${unitsFrom63} + ${unitsFrom34})`);
  console.log(`  sources.csv: ${sourceRows.length} rows (${citations.size} distinct URLs: ${rowCitations} cited as a row source, ${citations.size - rowCitations} only in notes; + 1 legal)`);
  console.log(`  quality: ${[...qualityCounts].sort((a, b) => cmp(a[0], b[0])).map(([k, v]) => `${k} ${v}`).join(", ")}; SOURCE CONFLICT rows: ${conflictRows} provincial, ${natConflicts} national`);
  if (warnings.length > 0) {
    console.log("warnings:");
    for (const w of warnings) console.log(`  ${w}`);
  }
}

/** Compares the README's coverage table and totals with the rows actually read (differences are warnings). */
function crossCheckReadme(dir: string, rows: Row[], outRows: number, conflicts: number): void {
  let readme: string;
  try {
    readme = readFileSync(join(dir, "README.md"), "utf8");
  } catch {
    warn("README.md", null, "not found; coverage not cross-checked");
    return;
  }
  const lines = readme.split(/\r?\n/);
  lines.forEach((text, i) => {
    const m = /^\|\s*(\d{4})\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|/.exec(text);
    if (!m) return;
    const year = m[1]!;
    const count = (ind: string, withValue: boolean) =>
      new Set(rows.filter((r) => get(r, "year") === year && get(r, "indicator") === ind && (!withValue || get(r, "value") !== "")).map((r) => get(r, "province"))).size;
    const actual = [count("par_index_percent", true), count("par_index_percent", false), count("sipas_percent", true), count("sipas_percent", false)];
    const stated = [m[2], m[3], m[4], m[5]].map(Number);
    if (actual.join() !== stated.join()) warn("README.md", i + 1, `coverage ${year} stated ${stated.join("/")} but rows give ${actual.join("/")}`);
  });
  const total = /(\d+) rows in total \((\d+) with a value, (\d+) rank-only\)/.exec(readme);
  if (total) {
    const withValue = rows.filter((r) => get(r, "value") !== "").length;
    if (Number(total[1]) !== rows.length || Number(total[2]) !== withValue || Number(total[3]) !== rows.length - withValue) {
      warn("README.md", null, `totals stated ${total[1]}/${total[2]}/${total[3]} but rows give ${rows.length}/${withValue}/${rows.length - withValue}`);
    }
  }
  const conflictClaim = /(\d+) rows carry this flag/.exec(readme);
  if (conflictClaim && Number(conflictClaim[1]) !== conflicts) warn("README.md", null, `${conflictClaim[1]} SOURCE CONFLICT rows stated, ${conflicts} found`);
  if (outRows !== rows.length) warn("README.md", null, "row count mismatch");
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`import-research: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
