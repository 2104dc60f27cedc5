/**
 * Vietnamese administrative phrasings as data: which words name which measure of which dataset, which words name a
 * tier, which nouns say what is counted. The engine (../engine.ts) applies these rows to any report; a new
 * phrasing is a new row here, never a branch in the engine. Patterns match folded text (see ../fold.ts: lower
 * case, no diacritics), so they hold for OCR output that lost its marks too. No row names a place, a report or a
 * number: they are the formulas of the genre (Nghị định 61/2018, 42/2022, 107/2021 and their report templates).
 */

/** What a number counts, read from the noun printed right after it. */
export type Noun = "dossier" | "case" | "procedure" | "group" | "decision" | "field" | "score" | "other";

/** Nouns right after a number (folded). Order matters: the first that matches wins. */
export const NOUNS: { noun: Noun; pattern: RegExp }[] = [
  // Candidates' application files ("hồ sơ đăng ký của thí sinh", "hồ sơ dự tuyển") are not administrative dossiers.
  { noun: "other", pattern: /^\s?(?:bo\s)?ho so (?:dang ky (?:cua )?)?(?:thi sinh|du tuyen|du thi|ung vien|xet tuyen)/ },
  { noun: "dossier", pattern: /^\s?(?:%\s)?(?:bo\s)?(?:ho so|hs\b|luot ho so)/ },
  // "trường hợp" counts dossiers only in a passage about procedures (see CASES_ARE_DOSSIERS).
  { noun: "case", pattern: /^\s?truong hop/ },
  { noun: "procedure", pattern: /^\s?(?:%\s)?(?:loai\s)?(?:thu tuc|tthc|dich vu cong|dvc\b|dvctt\b)/ },
  { noun: "group", pattern: /^\s?nhom (?:tthc|thu tuc)/ },
  { noun: "decision", pattern: /^\s?(?:quyet dinh)/ },
  { noun: "field", pattern: /^\s?(?:linh vuc)/ },
  { noun: "score", pattern: /^\s?diem\b/ },
  // Anything else a report counts: meetings, officials, agencies, communes, forms, days, businesses...
  {
    noun: "other",
    pattern: /^\s?(?:cuoc|lan\b|luot\b|nguoi|can bo|cong chuc|vien chuc|co quan|don vi|xa\b|phuong|thi tran|huyen|tinh|phieu|ngay|gio|phut|thang|nam\b|doanh nghiep|hop tac xa|tin\b|bai\b|van ban|ke hoach|cong van|bao cao|nhiem vu|noi dung|phan viec|van de|y kien|kien nghi|phan anh|chi tieu|tieu chi|mo hinh|sang kien|trieu|ty|dong\b|may|thiet bi|tai khoan|chu ky|chung thu|bien che|phong|ban\b|to\b|thon|ap\b|khom|khu|hoi nghi|lop|hoc vien|diem cau|camera|quy trinh|nhom)/,
  },
];

/** "7.846 trường hợp" are dossiers when the passage is about procedures, not about staff ("bổ nhiệm 12 trường hợp"). */
export const CASES_ARE_DOSSIERS = { passage: /\b(?:lien thong|khai sinh|khai tu|thu tuc hanh chinh|tthc|ho so)\b/, not: /\b(?:can bo|cong chuc|vien chuc|bo nhiem|bau|dieu dong|tuyen dung|ky luat|khen thuong)\b/ };

export type Dataset = "dossiers" | "online_services";

/** One phrasing: words that name a measure, the nouns it applies to, and how specific it is. */
export interface MeasureRule {
  dataset: Dataset;
  measure: string;
  nouns: readonly Noun[];
  /** Folded words, searched in the clause around the number. */
  cue: RegExp;
  /** Higher wins when several rows match one number (a specific phrase beats a generic verb). */
  priority: number;
  /** The rule applies only when the sentence (or the footnote's parent figure) also matches this. */
  context?: RegExp;
  /** Said in the row's note whenever this rule decides. */
  note?: string;
}

const D = ["dossier"] as const;
const P = ["procedure"] as const;

/** The table of phrasings. Grouped by dataset; priorities: 1 generic verb, 3 usual phrase, 5+ specific phrase. */
export const MEASURE_RULES: MeasureRule[] = [
  // ---- dossiers: received
  { dataset: "dossiers", measure: "received", nouns: D, cue: /\b(?:tiep nhan|nhan duoc|da nhan|nhan)\b/, priority: 1 },
  { dataset: "dossiers", measure: "received", nouns: D, cue: /\btong (?:so )?(?:ho so|hs)\b|\bho so (?:yeu cau|de nghi) giai quyet|\btong cong\b/, priority: 3 },
  { dataset: "dossiers", measure: "received_new", nouns: D, cue: /\b(?:tiep nhan moi|moi tiep nhan|ho so moi|nhan moi|moi nhan)\b/, priority: 5 },
  { dataset: "dossiers", measure: "carried_over", nouns: D, cue: /\b(?:ky truoc chuyen (?:sang|qua)|tu ky truoc|ton (?:tu )?ky truoc|nam truoc chuyen (?:sang|qua)|chuyen tiep|ton dong)\b/, priority: 6 },
  // ---- resolved and how
  { dataset: "dossiers", measure: "resolved", nouns: D, cue: /\b(?:giai quyet|xu ly)\b/, priority: 1 },
  { dataset: "dossiers", measure: "resolved", nouns: D, cue: /\b(?:da giai quyet|giai quyet xong|da xu ly|hoan thanh giai quyet|da tra ket qua|giai quyet duoc)\b/, priority: 2 },
  { dataset: "dossiers", measure: "resolved_early", nouns: D, cue: /\b(?:truoc han|som han|truoc thoi han)\b/, priority: 4 },
  { dataset: "dossiers", measure: "resolved_on_time", nouns: D, cue: /\bdung (?:thoi )?(?:han|hen)\b/, priority: 4 },
  { dataset: "dossiers", measure: "resolved_on_time_incl_early", nouns: D, cue: /\b(?:dung (?:va|hoac) (?:truoc|som) (?:thoi )?han|(?:truoc|som) (?:va|hoac) dung (?:thoi )?han|dung han va truoc han|truoc han va dung han|dung va truoc thoi han)\b/, priority: 6 },
  { dataset: "dossiers", measure: "resolved_late", nouns: D, cue: /\b(?:tre han|qua han|tre hen|cham tra|tre)\b/, priority: 4 },
  // ---- pending
  { dataset: "dossiers", measure: "pending", nouns: D, cue: /\b(?:dang giai quyet|chua giai quyet|dang xu ly|dang thu ly|dang trong thoi gian giai quyet|con ton|ton dong chua giai quyet)\b/, priority: 5 },
  { dataset: "dossiers", measure: "pending_within_deadline", nouns: D, cue: /\b(?:chua den han|trong han giai quyet|dang trong han|con trong han|con han)\b(?! che)/, priority: 6 },
  { dataset: "dossiers", measure: "pending_overdue", nouns: D, cue: /\b(?:dang giai quyet|chua giai quyet|dang xu ly)\b[^,;]{0,20}\b(?:qua han|tre han)\b|\bqua han chua giai quyet\b/, priority: 7 },
  { dataset: "dossiers", measure: "withdrawn", nouns: D, cue: /\brut (?:ho so|lai)?/, priority: 5 },
  { dataset: "dossiers", measure: "returned_rejected", nouns: D, cue: /\b(?:tra lai|khong du dieu kien|tu choi)\b/, priority: 5 },
  // ---- channels
  { dataset: "dossiers", measure: "received_online", nouns: D, cue: /\b(?:truc tuyen|qua (?:cong )?dich vu cong|nop (?:ho so )?truc tuyen)\b/, priority: 3 },
  { dataset: "dossiers", measure: "received_in_person", nouns: D, cue: /\btruc tiep\b/, priority: 3 },
  { dataset: "dossiers", measure: "received_postal", nouns: D, cue: /\b(?:tiep nhan|nhan|nop)\b(?:(?! tra)[^,;]){0,30}\b(?:buu chinh|buu dien|bcci)\b/, priority: 7 },
  { dataset: "dossiers", measure: "returned_postal", nouns: D, cue: /\btra(?: ket qua)?\b[^,;]{0,30}\b(?:buu chinh(?! cong ich)|buu dien)\b/, priority: 6 },
  { dataset: "dossiers", measure: "entered_in_software", nouns: D, cue: /\b(?:phan mem|da nhap|nhap (?:vao|len|tren)|cap nhat (?:vao|len|tren)|he thong mot cua dien tu)\b/, priority: 3 },
  { dataset: "dossiers", measure: "e_certified", nouns: D, cue: /\bchung thuc (?:ban sao )?dien tu\b/, priority: 6 },
  // ---- interconnected procedures (liên thông)
  { dataset: "dossiers", measure: "interconnected", nouns: D, cue: /\blien thong\b/, priority: 3 },
  { dataset: "dossiers", measure: "interconnected_birth", nouns: D, cue: /\bkhai sinh\b/, priority: 5, context: /lien thong/ },
  { dataset: "dossiers", measure: "interconnected_death", nouns: D, cue: /\bkhai tu\b/, priority: 5, context: /lien thong/ },
  { dataset: "dossiers", measure: "interconnected_funeral_allowance", nouns: D, cue: /\bmai tang\b/, priority: 5, context: /lien thong/ },
  { dataset: "dossiers", measure: "interconnected_birth_residence_hi", nouns: D, cue: /\bkhai sinh,? (?:dang ky )?thuong tru\b/, priority: 7 },
  { dataset: "dossiers", measure: "interconnected_death_residence_funeral", nouns: D, cue: /\bkhai tu,? (?:xoa )?(?:dang ky )?thuong tru\b/, priority: 7 },
  // ---- business registration (đăng ký kinh doanh) as a breakdown of received dossiers
  { dataset: "dossiers", measure: "received_business_registration", nouns: D, cue: /\bdang ky (?:ho )?kinh doanh\b/, priority: 5 },
  { dataset: "dossiers", measure: "received_business_registration_new", nouns: D, cue: /\b(?:thanh lap moi|dang ky moi|cap moi)\b/, priority: 6, context: /dang ky (?:ho )?kinh doanh/ },
  { dataset: "dossiers", measure: "received_business_registration_change", nouns: D, cue: /\bthay doi\b/, priority: 6, context: /dang ky (?:ho )?kinh doanh/ },
  { dataset: "dossiers", measure: "received_business_registration_termination", nouns: D, cue: /\bcham dut\b/, priority: 6, context: /dang ky (?:ho )?kinh doanh/ },
  { dataset: "dossiers", measure: "received_business_registration_reissue", nouns: D, cue: /\bcap lai\b/, priority: 6, context: /dang ky (?:ho )?kinh doanh/ },
  { dataset: "dossiers", measure: "received_business_registration_suspension", nouns: D, cue: /\btam (?:ngung|ngung|dung)\b/, priority: 6, context: /dang ky (?:ho )?kinh doanh/ },
  { dataset: "dossiers", measure: "received_cooperative_registration", nouns: D, cue: /\bhop tac xa\b/, priority: 6, context: /dang ky (?:ho )?kinh doanh/ },
  // ---- online dossiers and postal results in an online-services passage
  { dataset: "online_services", measure: "dossiers_online", nouns: D, cue: /\b(?:dich vu cong truc tuyen|phat sinh[^,;]{0,40}truc tuyen|ho so truc tuyen)\b/, priority: 5, context: /dich vu cong truc tuyen|muc do [34]|toan trinh/ },
  // Results returned through the public postal service (BCCI, Decision 45/2016/QĐ-TTg) have their own measure.
  { dataset: "online_services", measure: "dossiers_postal_bcci", nouns: D, cue: /\b(?:buu chinh cong ich|bcci)\b/, priority: 6 },

  // ---- procedures (online_services)
  { dataset: "online_services", measure: "procedures_in_force", nouns: P, cue: /\b(?:dang ap dung|con hieu luc|ap dung (?:tai |o )?cap|tong so (?:tthc|thu tuc)|thuoc tham quyen giai quyet|hien co|ap dung tren dia ban|dang thuc hien)\b/, priority: 2 },
  { dataset: "online_services", measure: "procedures_in_force", nouns: P, cue: /\bcon hieu luc\b/, priority: 7 },
  { dataset: "online_services", measure: "procedures_in_force_decrease_vs_prev_year", nouns: P, cue: /\bgiam\b/, priority: 6, context: /so voi (?:nam|ky) truoc|so voi nam \d{4}|so voi cung ky/ },
  { dataset: "online_services", measure: "procedures_reviewed", nouns: P, cue: /\bra soat\b/, priority: 3 },
  { dataset: "online_services", measure: "procedures_publicized", nouns: P, cue: /\bcong khai\b/, priority: 2 },
  { dataset: "online_services", measure: "procedures_published", nouns: P, cue: /\bcong bo\b/, priority: 3 },
  { dataset: "online_services", measure: "procedures_published_new", nouns: P, cue: /\b(?:cong bo moi|quy dinh moi|ban hanh moi|moi ban hanh)\b/, priority: 5, context: /cong bo/ },
  { dataset: "online_services", measure: "procedures_published_amended", nouns: P, cue: /\bsua doi,? bo sung\b|\bthay the\b/, priority: 5, context: /cong bo/ },
  { dataset: "online_services", measure: "procedures_published_abolished", nouns: P, cue: /\bbai bo\b/, priority: 5, context: /cong bo/ },
  { dataset: "online_services", measure: "procedures_one_stop", nouns: P, cue: /\bmot cua\b/, priority: 3 },
  { dataset: "online_services", measure: "procedures_interconnected", nouns: P, cue: /\b(?:mot cua lien thong|lien thong)\b/, priority: 4 },
  { dataset: "online_services", measure: "procedures_interconnected_same_level", nouns: P, cue: /\blien thong cung cap\b/, priority: 7 },
  { dataset: "online_services", measure: "procedures_interconnected_between_levels", nouns: P, cue: /\blien thong giua cac cap\b/, priority: 7 },
  { dataset: "online_services", measure: "procedures_internal_process_approved", nouns: P, cue: /\bquy trinh noi bo\b/, priority: 5 },
  { dataset: "online_services", measure: "procedures_in_software", nouns: P, cue: /\b(?:phan mem|he thong thong tin)\b/, priority: 3 },
  { dataset: "online_services", measure: "procedures_online_level3", nouns: P, cue: /\bmuc (?:do )?3\b/, priority: 5 },
  { dataset: "online_services", measure: "procedures_online_level4", nouns: P, cue: /\bmuc (?:do )?4\b/, priority: 5 },
  { dataset: "online_services", measure: "procedures_online_level3_4", nouns: P, cue: /\bmuc (?:do )?3,? (?:va )?4\b/, priority: 6 },
  { dataset: "online_services", measure: "procedures_online_full", nouns: P, cue: /\btoan trinh\b/, priority: 6 },
  { dataset: "online_services", measure: "procedures_online_partial", nouns: P, cue: /\bmot phan\b/, priority: 6 },
  { dataset: "online_services", measure: "procedures_postal_bcci", nouns: P, cue: /\b(?:buu chinh cong ich|bcci|buu chinh)\b/, priority: 5 },
  { dataset: "online_services", measure: "procedures_postal_bcci_used", nouns: P, cue: /\bthuc te\b[^,;]{0,30}\btra ket qua\b[^,;]{0,20}\b(?:buu chinh|bcci)\b/, priority: 7 },
  { dataset: "online_services", measure: "procedures_iso", nouns: P, cue: /\b(?:he thong quan ly chat luong|iso)\b/, priority: 5 },
  { dataset: "online_services", measure: "procedures_not_iso", nouns: P, cue: /\b(?:khong|chua)\b[^,;]{0,20}\b(?:he thong quan ly chat luong|iso)\b/, priority: 7 },
  { dataset: "online_services", measure: "procedures_qr_code", nouns: P, cue: /\b(?:ma qr|qr code|quick response)\b/, priority: 7 },
  { dataset: "online_services", measure: "procedures_vertical_agency", nouns: P, cue: /\bnganh doc\b/, priority: 5 },
  { dataset: "online_services", measure: "procedures_vertical_agency_bhxh", nouns: P, cue: /\b(?:bhxh|bao hiem xa hoi)\b/, priority: 6, context: /nganh doc/ },
  { dataset: "online_services", measure: "procedures_vertical_agency_military", nouns: P, cue: /\bquan su\b/, priority: 6, context: /nganh doc/ },
  { dataset: "online_services", measure: "procedures_police_at_one_stop", nouns: P, cue: /\b(?:nganh|linh vuc|cua) cong an\b/, priority: 6 },
  { dataset: "online_services", measure: "procedures_military_at_one_stop", nouns: P, cue: /\bquan su\b/, priority: 5 },
  // ---- things reports count that no dataset records: the number is left out (measure "")
  { dataset: "online_services", measure: "", nouns: ["procedure", "dossier"], cue: /\b(?:duoc cai tien|cai tien|rut ngan thoi gian|giam con|so hoa|ky so|luu tru)\b/, priority: 9 },
  { dataset: "online_services", measure: "procedure_groups_interconnected", nouns: ["group"], cue: /\blien thong\b/, priority: 5 },
  // ---- decisions and fields
  { dataset: "online_services", measure: "decisions_issued", nouns: ["decision"], cue: /\bcong bo\b/, priority: 3 },
  { dataset: "online_services", measure: "decisions_issued_internal_process", nouns: ["decision"], cue: /\bquy trinh noi bo\b/, priority: 5 },
];

/** Shares (`<measure>_pct`) a report may state, with the count measure each is a share of. */
export const SHARE_DENOMINATORS: Record<string, string> = {
  received_pct: "received", received_online_pct: "received", received_in_person_pct: "received",
  resolved_pct: "received", pending_pct: "received", entered_in_software_pct: "received",
  resolved_on_time_incl_early_pct: "resolved", resolved_on_time_pct: "resolved", resolved_early_pct: "resolved",
  resolved_late_pct: "resolved", dossiers_online_pct: "received",
  procedures_one_stop_pct: "procedures_in_force", procedures_online_full_pct: "procedures_in_force",
  procedures_online_partial_pct: "procedures_in_force", procedures_postal_bcci_pct: "procedures_in_force",
  procedures_iso_pct: "procedures_in_force", procedures_not_iso_pct: "procedures_in_force",
  procedures_entered_in_software_pct: "procedures_in_force", procedures_online_min_level2_pct: "procedures_in_force",
};

/** Share-only phrasings: a percentage of procedures with no count ("100% TTHC ... mức độ 2"). */
export const SHARE_RULES: { measure: string; cue: RegExp; priority: number }[] = [
  { measure: "procedures_online_min_level2_pct", cue: /\b(?:toi thieu|tu) (?:o )?muc (?:do )?2\b/, priority: 7 },
  { measure: "procedures_entered_in_software_pct", cue: /\b(?:phan mem|nhap)\b/, priority: 4 },
  { measure: "procedures_one_stop_pct", cue: /\bmot cua\b/, priority: 3 },
];

/** Tier words (folded). Checked nearest first: the clause after the number, then back to the paragraph start. */
export const LEVEL_CUES: { level: "province" | "district" | "commune" | "department" | "total"; pattern: RegExp }[] = [
  { level: "total", pattern: /\b(?:(?:thi xa|huyen|quan|thanh pho) va (?:cac )?xa(?:, (?:phuong|thi tran))*|cap tinh, (?:cap )?huyen(?:,| va) (?:cap )?xa|tu cap tinh (?:den|toi) cap xa|ca (?:3|ba|hai|2) cap|toan (?:huyen|tinh|thi xa|thanh pho|quan|dia ban)|tren dia ban (?:toan )?(?:huyen|tinh|thi xa|thanh pho|quan)|trong tinh|ca (?:huyen|tinh|thi xa))\b/g },
  { level: "commune", pattern: /\b(?:cap xa|cac xa|cac dia phuong|xa, phuong|xa, thi tran|phuong, xa|ubnd (?:cac |cap )?xa|\d+\/\d+ xa|cac phuong|b[^\s] phan [^,;]{0,40}(?:cua|cap|tai|doi voi) (?:cac |\d+\/\d+ )?xa)\b/g },
  { level: "district", pattern: /\b(?:cap huyen|cap thi xa|cap quan|cap thanh pho|(?:ubnd|uy ban nhan dan) (?:huyen|thi xa|quan)|b[^\s] phan [^,;]{0,40}(?:cua|cap) (?:huyen|thi xa|quan|thanh pho)|van phong hdnd va ubnd (?:huyen|thi xa|quan|thanh pho))\b/g },
  { level: "total", pattern: /\b(?:ubnd|uy ban nhan dan) (?:tinh|huyen|thi xa|thanh pho|quan) (?:da )?ban hanh\b/g },
  { level: "province", pattern: /\b(?:cap tinh|so, ban, nganh|cac so\b|trung tam phuc vu hanh chinh cong)\b/g },
];

/** A bare "Thị xã đã ...", "Huyện có ..." after a total: the district's own tier, not the whole territory. */
export const SUBJECT_DISTRICT = /(?:^|[.;:,]\s*|trong do:?\s*)(?:ket qua\s+)?(?:ubnd\s+|uy ban nhan dan\s+)?(?:thi xa|huyen|quan|thanh pho)\s+(?:da|co)\b/g;

/** Zero stated in words: "không có hồ sơ trễ hạn", "không phát sinh hồ sơ ... bưu chính công ích". */
export const ZERO_PHRASE = /\bkhong (?:co )?(?:phat sinh )?(?:ho so|hs)\b([^,;.]{0,80})/g;

/** PAR INDEX and satisfaction indices. */
export const PAR_CUE = /\b(?:chi so cai cach hanh chinh|chi so cchc|par ?index)\b/g;
export const SATISFACTION_CUE = /\b(?:sipas|chi so hai long|muc do hai long|hai long)\b/g;
export const RANK_BEFORE = /(?:xep (?:hang )?(?:thu )?|dung (?:thu |vi tri (?:thu )?)?|vi tri (?:thu )?|hang )$/;
export const SELF_ASSESSED = /\btu (?:danh gia|cham)\b/;
export const CHANGE_BEFORE = /(?:tang|giam|cao hon|thap hon|chenh lech)\s*(?:them\s*)?$/;
