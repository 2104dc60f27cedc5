/**
 * Consistency checks and caveats in words (src/presentation/checkText.ts, caveatText.ts, rankText.ts): grades, what
 * each kind of check found, what to keep in mind about a figure. The
 * Vietnamese sentences are those the checks wrote before they returned codes; checkText.test.ts holds them equal.
 * {total}, {parts}, {what}, {measure}, {given}, {absent}, {base} are measure labels, {stated} / {computed} / {gap}
 * numbers already formatted for the locale (percentages with the digits that matter).
 */
import type { Message } from "../../template";

export const checks = {
  // Grades (src/metrics/grade.ts), as a note's label and in counts
  "check.grade.contradiction": "Mâu thuẫn",
  "check.grade.missing": "Thiếu",
  "check.grade.rounding": "Làm tròn",
  "check.grade.ok": "Khớp",
  // Checks counted by grade (src/components/CheckSummary.astro)
  "check.count.contradiction": { other: "{count} mâu thuẫn" },
  "check.count.missing": { other: "{count} thiếu" },
  "check.count.rounding": { other: "{count} làm tròn" },
  "check.count.ok": { other: "{count} khớp" },

  // A total and its parts
  "check.sum.ok": "{total} {stated} bằng tổng các phần ({parts}).",
  "check.sum.partsShort": "Nguồn ghi {total} là {stated}, nhưng cộng {parts} được {computed} (lệch {gap}).",
  "check.sum.partsOver": "Nguồn ghi {total} là {stated}, nhưng cộng {parts} được {computed} (lệch -{gap}).",
  "check.missing.unstated": "Nguồn ghi {total} là {stated}, {given} được {computed}, nhưng không nêu {absent} (còn {gap} chưa rõ).",
  "check.missing.exceeds": "Nguồn ghi {total} là {stated}, nhưng riêng {given} đã là {computed} (vượt {gap}).",
  "check.levels.ok": "{measure} toàn địa bàn {stated} bằng tổng các cấp.",
  "check.levels.short": "Nguồn ghi {measure} toàn địa bàn là {stated}, nhưng cộng các cấp được {computed} (lệch {gap}).",
  "check.levels.over": "Nguồn ghi {measure} toàn địa bàn là {stated}, nhưng cộng các cấp được {computed} (lệch -{gap}).",
  "check.list.and": " và ",

  // A stated share and its counts
  "check.fraction": "{numerator} / {denominator} ({base})",
  "check.percent.ok": "Tỷ lệ {stated} khớp với {numerator}/{denominator}.",
  "check.percent.complement": "Nguồn ghi {what} là {stated}, bằng 100% trừ {others} (tỷ lệ các phần còn lại); tính trực tiếp {fraction} cho {computed}, vì các số đếm không cộng đúng tổng.",
  "check.percent.rounding": "Nguồn ghi {what} là {stated}; {fraction} cho {computed}: lệch dưới một đơn vị ở chữ số cuối, do cách làm tròn (cắt bớt chữ số hoặc làm tròn hai lần).",
  "check.percent.contradiction": "Nguồn ghi {what} là {stated}, nhưng {fraction} cho {computed}.",
  "check.conflict": "Cùng một nguồn ghi hai số khác nhau cho {what}: {first} (dòng {firstLine}) và {second} (dòng {secondLine}).",
  /** The stated-report marker a share's label ends with, dropped inside a sentence. */
  "check.statedSuffix": " (theo báo cáo)",

  // PAR INDEX scores and ranks
  "check.component.total": "tổng điểm",
  "check.component.item": "mục {code}",
  "check.components.ok": "Điểm {part} {stated} bằng tổng các mục con.",
  "check.components.rounding": "Nguồn ghi điểm {part} là {stated}; cộng {count} mục con được {computed}: chênh lệch nằm trong sai số làm tròn của các điểm thành phần.",
  "check.components.contradiction": "Nguồn ghi điểm {part} là {stated}, nhưng cộng {count} mục con được {computed}.",
  "check.rankRange": "Nguồn ghi xếp hạng {rank}/{of}: thứ hạng nằm ngoài số đơn vị được xếp.",
  "check.max": "Nguồn ghi {score} điểm, vượt điểm tối đa {max}.",
  "check.parPercent.ok": "Tỷ lệ {stated} khớp với {score}/{max} điểm.",
  "check.parPercent.mismatch": "Nguồn ghi {stated}, nhưng {score}/{max} điểm cho {computed}.",
  "check.rankOrder": "{index} {year}: thứ hạng không khớp với điểm giữa {a} ({aClaim}) và {b} ({bClaim}).",
  // Caveats (src/metrics/caveats.ts, worded by src/presentation/caveatText.ts): what to keep in mind about a figure
  "caveat.par.scale": "Thang điểm tối đa là {max}, không phải 100: so sánh theo tỷ lệ phần trăm.",
  "caveat.par.self": "Điểm tự đánh giá của đơn vị, chưa phải kết quả thẩm định chính thức.",
  "caveat.par.province": "Chỉ số CCHC cấp huyện do tỉnh đánh giá theo bộ tiêu chí riêng của tỉnh; không so sánh với PAR INDEX cấp tỉnh của Bộ Nội vụ.",
  "caveat.par.criteriaChanged": "Năm {year} Bộ Nội vụ thay đổi bộ tiêu chí: so sánh điểm với năm trước cần thận trọng.",
  "caveat.par.reportYear": "Đây là kết quả năm {year}, được nêu trong báo cáo năm {reportYear}.",
  "caveat.method.par": "Bộ tiêu chí PAR INDEX đổi từ năm {year}: không so sánh điểm với năm {before} trở về trước.",
  "caveat.method.sipas": "Từ năm {year} SIPAS đo thêm sự hài lòng với chính sách công: không so sánh mức điểm với năm {before} trở về trước.",
  "caveat.survey.local": "Khảo sát do chính đơn vị tự tổ chức, không phải SIPAS của Bộ Nội vụ.",
  "caveat.survey.provincial": "Khảo sát do tỉnh tổ chức, không phải SIPAS của Bộ Nội vụ.",
  "caveat.quality.listing_order": "Thứ hạng suy ra từ thứ tự liệt kê trong nguồn, không được ghi trực tiếp.",
  "caveat.quality.inferred": "Giá trị suy luận từ số liệu trong nguồn (độ tin cậy thấp hơn).",
  "caveat.quality.derived": "Giá trị tính từ số liệu trong nguồn (độ tin cậy thấp hơn).",
  "caveat.period.half": "Số liệu 6 tháng, không phải cả năm.",
  "caveat.period.month": "Số liệu một tháng, không phải cả năm.",
  "caveat.period.cutoff": "Số liệu tính đến ngày {date}, chưa hết kỳ.",
  // A rank's context line (src/presentation/rankText.ts)
  "caveat.rank.national": "xếp thứ {rank}/{of} tỉnh, thành phố",
  "caveat.rank.district": "xếp thứ {rank}/{of} đơn vị cấp huyện",
  "caveat.rank.districtOf": "xếp thứ {rank}/{of} đơn vị cấp huyện của {parent}",
  // A province's score against a mean (src/presentation/versusText.ts)
  "caveat.versus.nation": "cả nước",
  "caveat.versus.region": "vùng {region}",
  "caveat.versus.equal": "bằng trung bình {what}",
  "caveat.versus.above": "cao hơn trung bình {what} {diff} điểm",
  "caveat.versus.below": "thấp hơn trung bình {what} {diff} điểm",
} as const satisfies Record<string, Message>;
