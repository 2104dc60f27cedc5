/**
 * Vietnamese labels for the open code vocabularies of stats.csv (indicator, population, statistic) and
 * satisfaction.csv (indicator). Unlike measures, these columns accept any snake_case code, so this module
 * is the one place a code gets its reader-facing text; statLabels.test.ts fails when data/ holds a code
 * without a label. Each label was written from the rows' notes and the report lines they cite.
 */

/** What a stats.csv row is about: the programme, survey or reform task the source counts. */
export const STAT_INDICATOR_LABELS: Record<string, string> = {
  par_index: "Chỉ số cải cách hành chính (PAR INDEX)",
  sipas: "Chỉ số hài lòng (SIPAS) và khảo sát phục vụ SIPAS",
  par_plan_issued: "Ban hành kế hoạch CCHC năm",
  cchc_plan_issued: "Xây dựng kế hoạch CCHC năm",
  cchc_plan_implementation: "Tham mưu thực hiện nhiệm vụ CCHC",
  par_inspection: "Kiểm tra công tác CCHC",
  cchc_inspection: "Kiểm tra công tác CCHC",
  civil_service_inspection: "Kiểm tra công vụ",
  finance_inspection: "Kiểm tra về tài chính",
  anticorruption_inspection: "Thanh tra phòng, chống tham nhũng",
  decentralised_inspection: "Kiểm tra theo phân cấp",
  org_structure: "Tổ chức bộ máy",
  admin_units: "Cơ quan, đơn vị sau rà soát, sắp xếp",
  org_functions_regulated: "Quy định chức năng, nhiệm vụ, cơ cấu tổ chức (Nghị định 24/2014)",
  functions_decision_nd37: "Quy định chức năng, nhiệm vụ theo Nghị định 37/2014",
  functions_decision_nd108: "Quy định chức năng, nhiệm vụ theo Nghị định 108/2020",
  org_quality_rating: "Đánh giá, xếp loại chất lượng tổ chức",
  concurrent_leadership: "Bố trí kiêm nhiệm lãnh đạo cấp xã",
  job_positions: "Vị trí việc làm",
  job_position_framework: "Vị trí việc làm, khung năng lực",
  admin_autonomy: "Tự chủ về biên chế và kinh phí quản lý hành chính (Nghị định 130/2005, 117/2013)",
  financial_autonomy: "Cơ chế tự chủ, tự chịu trách nhiệm",
  financial_autonomy_nd130: "Tự chủ về biên chế và kinh phí quản lý hành chính (Nghị định 130/2005, 117/2013)",
  financial_autonomy_nd60: "Tự chủ tài chính của đơn vị sự nghiệp công lập (Nghị định 60/2021)",
  psu_autonomy: "Giao quyền tự chủ cho đơn vị sự nghiệp công lập",
  sci_tech_autonomy: "Tự chủ của tổ chức khoa học và công nghệ công lập",
  internal_spending_rules_issued: "Ban hành quy chế chi tiêu nội bộ",
  budget_software_misa: "Phần mềm quản lý ngân sách (Misa)",
  it_equipment: "Trang bị máy tính và kết nối mạng",
  internet_connection: "Kết nối Internet",
  one_stop_software: "Phần mềm một cửa điện tử và quản lý văn bản",
  e_one_stop_software: "Phần mềm một cửa điện tử và camera giám sát",
  one_stop_interconnection: "Liên thông thủ tục hành chính tại cấp xã",
  saturday_one_stop: "Bộ phận một cửa làm việc sáng thứ bảy",
  e_certification: "Chứng thực điện tử",
  iso_9001_maintained: "Duy trì hệ thống quản lý chất lượng ISO 9001",
  digital_steering_committee: "Ban Chỉ đạo chuyển đổi số",
};

/** The units a stats.csv row summarises, as a plural noun that fits after "Số" or "Tổng số". */
export const STAT_POPULATION_NOUNS: Record<string, string> = {
  provinces: "tỉnh, thành phố",
  districts: "UBND cấp huyện",
  communes: "xã, phường, thị trấn",
  departments: "cơ quan chuyên môn",
  public_service_units: "đơn vị sự nghiệp công lập",
  central_agencies: "cơ quan Trung ương đóng trên địa bàn",
  all_units: "cơ quan, đơn vị",
};

/**
 * What a stats.csv row states, as a template: "{u}" is replaced by the population noun. A statistic that
 * counts people or events rather than units has no "{u}".
 */
export const STAT_STATISTIC_LABELS: Record<string, string> = {
  // Summaries of an index over a population
  mean: "Trung bình của các {u}",
  median: "Trung vị của các {u}",
  max: "Cao nhất trong các {u}",
  min: "Thấp nhất trong các {u}",
  mean_max_score: "Điểm tối đa bình quân",
  mean_pct: "Điểm trung bình, tính theo % điểm tối đa",
  change_vs_prev: "Mức trung bình thay đổi so với năm trước",
  lowest_ranked_list: "Danh sách {u} xếp cuối",
  region_mean_dong_bang_song_hong: "Trung bình vùng Đồng bằng sông Hồng",
  region_mean_trung_du_va_mien_nui_phia_bac: "Trung bình vùng Trung du và miền núi phía Bắc",
  region_mean_bac_trung_bo_va_duyen_hai_mien_trung: "Trung bình vùng Bắc Trung Bộ và duyên hải miền Trung",
  region_mean_tay_nguyen: "Trung bình vùng Tây Nguyên",
  region_mean_dong_nam_bo: "Trung bình vùng Đông Nam Bộ",
  region_mean_dong_bang_song_cuu_long: "Trung bình vùng Đồng bằng sông Cửu Long",
  // Counts of units by score band
  count_above_90: "Số {u} đạt từ 90% trở lên",
  count_80_to_90: "Số {u} đạt từ 80% đến dưới 90%",
  count_above_80: "Số {u} đạt từ 80% trở lên",
  count_75_80: "Số {u} đạt từ 75% đến 80%",
  count_70_75: "Số {u} đạt từ 70% đến 75%",
  count_70_to_80: "Số {u} đạt từ 70% đến dưới 80%",
  count_below_80: "Số {u} dưới 80%",
  count_below_70: "Số {u} dưới 70%",
  count_eq_100: "Số {u} đạt 100%",
  count_above_mean: "Số {u} cao hơn mức trung bình",
  count_increased_vs_prev: "Số {u} tăng điểm so với năm trước",
  count_increased_vs_prev_year: "Số {u} tăng điểm so với năm trước",
  count_decreased_vs_prev: "Số {u} giảm điểm so với năm trước",
  count_rank_up: "Số {u} tăng hạng so với năm trước",
  count_band_rat_tot: "Số {u} xếp loại Rất tốt",
  count_band_tot: "Số {u} xếp loại Tốt",
  count_band_kha: "Số {u} xếp loại Khá",
  count_band_trung_binh: "Số {u} xếp loại Trung bình",
  count_group_2: "Số {u} thuộc nhóm 2",
  count_group_3: "Số {u} thuộc nhóm 3",
  pct_group_2: "Tỷ lệ {u} thuộc nhóm 2",
  pct_group_3: "Tỷ lệ {u} thuộc nhóm 3",
  count_not_ranked: "Số {u} được đánh giá nhưng không xếp hạng",
  count_surveyed: "Số {u} được khảo sát",
  count_rated: "Số {u} đã được đánh giá, xếp loại",
  count_band_total: "Số tổ chức làm căn cứ tính tỷ lệ xếp loại",
  count_band_hoan_thanh_xuat_sac: "Số tổ chức xếp loại Hoàn thành xuất sắc nhiệm vụ",
  count_band_hoan_thanh_tot: "Số tổ chức xếp loại Hoàn thành tốt nhiệm vụ",
  count_band_hoan_thanh: "Số tổ chức xếp loại Hoàn thành nhiệm vụ",
  pct_band_hoan_thanh_xuat_sac: "Tỷ lệ tổ chức xếp loại Hoàn thành xuất sắc nhiệm vụ",
  pct_band_hoan_thanh_tot: "Tỷ lệ tổ chức xếp loại Hoàn thành tốt nhiệm vụ",
  pct_band_hoan_thanh: "Tỷ lệ tổ chức xếp loại Hoàn thành nhiệm vụ",
  // Survey sizes
  survey_responses: "Số phiếu khảo sát",
  survey_valid_responses: "Số phiếu khảo sát hợp lệ",
  survey_responses_citizens: "Số phiếu khảo sát người dân",
  count_sample_list_officials: "Số cán bộ, công chức trong danh sách khảo sát xã hội học xác định Chỉ số CCHC",
  count_sample_list_hdnd_delegates: "Trong đó: đại biểu HĐND cấp huyện",
  count_sample_list_officials_town_commune: "Trong đó: cán bộ, công chức cấp huyện và cấp xã",
  count_sample_list_service_users: "Số cá nhân, tổ chức giải quyết thủ tục tại bộ phận một cửa trong danh sách khảo sát",
  count_sample_list_service_users_district: "Trong đó: tại bộ phận một cửa cấp huyện",
  count_sample_list_service_users_district_land: "Cấp huyện, lĩnh vực cấp giấy chứng nhận quyền sử dụng đất",
  count_sample_list_service_users_district_business: "Cấp huyện, lĩnh vực cấp giấy phép kinh doanh",
  count_sample_list_service_users_district_construction: "Cấp huyện, lĩnh vực xây dựng",
  count_sample_list_service_users_commune: "Trong đó: tại bộ phận một cửa cấp xã",
  count_sample_list_service_users_commune_justice: "Cấp xã, lĩnh vực tư pháp",
  count_sample_list_service_users_commune_labour: "Cấp xã, lĩnh vực lao động, thương binh và xã hội",
  // Totals and structure
  count_total: "Tổng số {u}",
  count_total_provincial_level: "Tổng số {u} cấp tỉnh",
  count_total_district_level: "Tổng số {u} cấp huyện",
  count_total_fully_autonomous: "Tổng số {u} tự chủ hoàn toàn",
  count_direct: "Số {u} trực thuộc UBND cấp huyện",
  count_under_agencies: "Số {u} trực thuộc cơ quan hành chính cấp huyện",
  count_sectoral: "Số {u} trực thuộc ngành",
  count_education: "Số {u} ngành giáo dục",
  count_culture: "Số {u} ngành văn hóa",
  count_schools: "Số trường học",
  count_preschool: "Số trường mầm non, mẫu giáo",
  count_primary_school: "Số trường tiểu học",
  count_lower_secondary_school: "Số trường trung học cơ sở",
  count_practice_school: "Số trường thực hành sư phạm",
  count_vocational_continuing_edu_center: "Số trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên",
  count_fully_self_financed: "Số đơn vị tự chủ hoàn toàn về kinh phí (ngoài các đơn vị sự nghiệp kể trên)",
  count_fully_autonomous: "Số {u} tự chủ hoàn toàn",
  count_mass_organisations: "Số cơ quan đoàn thể",
  // Plans, decisions and their progress
  count_issued: "Số {u} đã ban hành kế hoạch",
  count_with_plan: "Số {u} đã xây dựng kế hoạch",
  pct_issued: "Tỷ lệ {u} đã ban hành",
  count_active: "Số {u} tích cực tham mưu thực hiện nhiệm vụ",
  count_done: "Số {u} đã hoàn thành",
  count_drafting: "Số {u} đang xây dựng dự thảo",
  count_awaiting_guidance: "Số {u} chờ văn bản hướng dẫn của Bộ",
  count_regulated: "Số {u} đã được quy định mới chức năng, nhiệm vụ, cơ cấu tổ chức",
  pct_reviewed_district_level: "Tỷ lệ cơ quan chuyên môn cấp huyện đã được rà soát, quy định mới",
  count_approved: "Số {u} được phê duyệt bản mô tả công việc và khung năng lực vị trí việc làm",
  pct_approved_not_fully_autonomous: "Tỷ lệ {u} chưa tự chủ hoàn toàn được phê duyệt danh mục vị trí việc làm",
  count_approved_fully_autonomous: "Số {u} tự chủ hoàn toàn đã ban hành đề án vị trí việc làm",
  count_party_secretary_chairs_ubnd: "Số {u} có Bí thư Đảng ủy đồng thời là Chủ tịch UBND",
  count_party_secretary_chairs_hdnd: "Số {u} có Bí thư Đảng ủy kiêm Chủ tịch HĐND",
  count_deputy_secretary_chairs_hdnd: "Số {u} có Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND",
  count_deputy_secretary_chairs_mttq: "Số {u} có Phó Bí thư Thường trực Đảng ủy kiêm Chủ tịch Ủy ban MTTQ",
  // Inspections
  count_planned: "Số {u} theo kế hoạch kiểm tra",
  count_inspected: "Số {u} được kiểm tra",
  count_inspected_directly: "Số {u} được kiểm tra trực tiếp",
  count_self_inspected: "Số {u} tự kiểm tra",
  count_inspected_party_gov_front_bodies: "Số cơ quan Đảng, chính quyền, Mặt trận Tổ quốc và đoàn thể được kiểm tra",
  count_completed: "Số {u} đã kiểm tra xong",
  pct_inspected: "Tỷ lệ {u} được kiểm tra trên tổng số",
  pct_completed: "Tỷ lệ hoàn thành kế hoạch kiểm tra",
  count_issues_found: "Số tồn tại, hạn chế phát hiện qua kiểm tra",
  count_issues_remedied: "Số tồn tại, hạn chế đã khắc phục",
  count_visits: "Số lượt kiểm tra tại {u}",
  count_visits_education: "Số {u} được kiểm tra lĩnh vực giáo dục và đào tạo",
  count_visits_labour_policy: "Số {u} được kiểm tra lĩnh vực chính sách đối với người lao động",
  count_visits_prices: "Số {u} được kiểm tra lĩnh vực quản lý, điều hành giá",
  count_visits_it: "Số {u} được kiểm tra lĩnh vực công nghệ thông tin",
  // Autonomy
  count_applying: "Số {u} thực hiện cơ chế tự chủ",
  pct_applying: "Tỷ lệ {u} thực hiện cơ chế tự chủ",
  count_implementing: "Số {u} triển khai thực hiện",
  count_autonomous: "Số {u} thực hiện cơ chế tự chủ",
  count_autonomous_provincial_level: "Số {u} cấp tỉnh được giao quyền tự chủ",
  count_autonomous_district_level: "Số {u} cấp huyện được giao quyền tự chủ",
  pct_autonomous_provincial_level: "Tỷ lệ {u} cấp tỉnh được giao quyền tự chủ",
  // Equipment, software and one-stop service
  count_using: "Số {u} sử dụng phần mềm",
  pct_using: "Tỷ lệ {u} sử dụng phần mềm",
  pct_with_computers_network: "Tỷ lệ {u} được trang bị máy tính, mạng nội bộ và Internet băng thông rộng",
  count_wifi_modem: "Số {u} được trang bị modem wifi",
  count_connected: "Số {u} có kết nối Internet",
  count_equipped: "Số {u} được trang bị phần mềm một cửa điện tử và camera giám sát",
  count_established: "Số {u} đã thành lập Ban Chỉ đạo chuyển đổi số",
  count_with_saturday_service: "Số {u} làm việc sáng thứ bảy để giải quyết thủ tục",
  count_with_dossiers: "Số {u} đã phát sinh hồ sơ",
  count_maintaining: "Số {u} duy trì áp dụng",
};

/**
 * Where a statistic means something narrower inside one indicator, keyed "indicator.statistic". The
 * source wording decides: e.g. admin_autonomy counts every provincial agency, not only departments.
 */
export const STAT_LABEL_OVERRIDES: Record<string, string> = {
  "admin_autonomy.count_autonomous_provincial_level": "Số cơ quan cấp tỉnh thực hiện chế độ tự chủ",
  "admin_autonomy.count_total_provincial_level": "Tổng số cơ quan cấp tỉnh",
  "admin_autonomy.count_autonomous_district_level": "Số phòng, ban cấp huyện thực hiện chế độ tự chủ",
  "admin_autonomy.count_total_district_level": "Tổng số phòng, ban cấp huyện",
  "admin_autonomy.count_autonomous": "Số {u} thực hiện chế độ tự chủ",
  "sci_tech_autonomy.count_autonomous": "Số tổ chức khoa học và công nghệ công lập thực hiện cơ chế tự chủ",
  "anticorruption_inspection.count_inspected": "Số {u} được thanh tra",
  "functions_decision_nd37.count_done": "Số {u} đã có quyết định quy định chức năng, nhiệm vụ",
  "functions_decision_nd108.count_done": "Số {u} đã có quyết định quy định chức năng, nhiệm vụ",
  "job_positions.count_done": "Số {u} đã xây dựng xong vị trí việc làm, khung năng lực",
  "par_plan_issued.count_issued": "Số {u} đã ban hành kế hoạch CCHC",
  "par_plan_issued.pct_issued": "Tỷ lệ {u} đã ban hành kế hoạch CCHC, kế hoạch kiểm tra, kế hoạch tuyên truyền",
  "internal_spending_rules_issued.pct_issued": "Tỷ lệ {u} đã ban hành quy chế chi tiêu nội bộ",
  "one_stop_interconnection.count_implementing": "Số {u} liên thông 3 nhóm thủ tục (khai sinh, thường trú, thẻ BHYT; khai tử)",
  "financial_autonomy_nd130.count_implementing": "Số {u} thực hiện chế độ tự chủ",
  "financial_autonomy_nd60.count_implementing": "Số {u} thực hiện cơ chế tự chủ tài chính",
  "budget_software_misa.count_using": "Số {u} sử dụng phần mềm Misa",
  "e_certification.count_with_dossiers": "Số {u} đã phát sinh hồ sơ chứng thực điện tử",
  "iso_9001_maintained.count_maintaining": "Số {u} duy trì áp dụng ISO 9001:2015",
  "one_stop_software.pct_using": "Tỷ lệ cơ quan hành chính các cấp dùng phần mềm một cửa điện tử, quản lý văn bản",
};

/** Sub-indices of satisfaction.csv (`overall` is the survey's headline figure). */
export const SATISFACTION_INDICATOR_LABELS: Record<string, string> = {
  overall: "Chỉ số chung",
  iso_feedback_satisfaction: "Hài lòng qua phiếu thăm dò theo hệ thống quản lý chất lượng ISO 9001",
};

export interface StatCodes {
  indicator: string;
  population: string;
  statistic: string;
}

/** Own-property lookup, so a code such as "constructor" never finds an inherited value. */
function own(map: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

function statTemplate(indicator: string, statistic: string): string | undefined {
  return own(STAT_LABEL_OVERRIDES, `${indicator}.${statistic}`) ?? own(STAT_STATISTIC_LABELS, statistic);
}

/** Vietnamese label of a stats.csv indicator; the code itself when it has none (the test forbids that). */
export function statIndicatorLabel(indicator: string): string {
  return own(STAT_INDICATOR_LABELS, indicator) ?? indicator;
}

/** Reader-facing sentence of what a stats.csv row states, e.g. "Tổng số cơ quan chuyên môn". */
export function statLabel({ indicator, population, statistic }: StatCodes): string {
  const template = statTemplate(indicator, statistic);
  if (template === undefined) return `${statistic} (${population})`;
  return template.replace("{u}", own(STAT_POPULATION_NOUNS, population) ?? population);
}

/** True when a statistic is a share on the 0-100 scale (pct_*, mean_pct), shown with a % sign. */
export function isPercentStatistic(statistic: string): boolean {
  return statistic.startsWith("pct_") || statistic.endsWith("_pct");
}

/** Vietnamese label of a satisfaction.csv indicator. */
export function satisfactionIndicatorLabel(indicator: string): string {
  return own(SATISFACTION_INDICATOR_LABELS, indicator) ?? indicator;
}

/** Codes of stats rows that have no label, as "column: code" (empty when every code is labelled). */
export function unlabelledStatCodes(rows: readonly StatCodes[]): string[] {
  const missing = new Set<string>();
  for (const r of rows) {
    if (own(STAT_INDICATOR_LABELS, r.indicator) === undefined) missing.add(`indicator: ${r.indicator}`);
    if (own(STAT_POPULATION_NOUNS, r.population) === undefined) missing.add(`population: ${r.population}`);
    if (statTemplate(r.indicator, r.statistic) === undefined) missing.add(`statistic: ${r.statistic}`);
  }
  return [...missing].sort();
}

/** Satisfaction indicators without a label. */
export function unlabelledSatisfactionIndicators(rows: readonly { indicator: string }[]): string[] {
  return [...new Set(rows.map((r) => r.indicator).filter((i) => own(SATISFACTION_INDICATOR_LABELS, i) === undefined))].sort();
}
