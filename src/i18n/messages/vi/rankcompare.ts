/**
 * Words of the rankings (xep-hang) and the compare pages (so-sanh): page text, table headings, the notes of a
 * ranking row, and the labels, bases and caveats the compare table shows beside each figure.
 */
import type { Message } from "../../template";

export const rankcompare = {
  // Rankings index (/xep-hang/)
  "rankings.index.title": "Xếp hạng các tỉnh",
  "rankings.index.heading": "Xếp hạng các tỉnh, thành phố",
  "rankings.index.intro": "Bảng xếp hạng PAR INDEX và SIPAS do Bộ Nội vụ công bố hằng năm, dựng lại từ các con số đã được đăng trong văn bản. Mỗi năm ghi rõ có số liệu của bao nhiêu tỉnh.",
  "rankings.index.year": "Năm {year}",
  "rankings.index.coverage": "(có điểm của {count}/63 tỉnh)",

  // A ranking of one index and year (/xep-hang/<index>/<year>/)
  "ranking.title": "{indicator} năm {year}",
  "ranking.pageTitle": "Xếp hạng {title}",
  "ranking.breadcrumb": "Vị trí",
  "ranking.breadcrumb.rankings": "Xếp hạng",
  "ranking.coverage": "Có số liệu của {count}/{of} tỉnh, thành phố",
  "ranking.rankOnly": " (thêm {count} tỉnh chỉ biết thứ hạng)",
  "ranking.coverageNote": ". Bộ Nội vụ công bố bảng đầy đủ dưới dạng ảnh; ở đây chỉ có các con số đã tìm được trong văn bản, mỗi số kèm nguồn. Tỉnh không có trong bảng là chưa có số liệu, không phải điểm thấp.",
  "ranking.break.sipas": "Năm 2022 SIPAS đổi phương pháp (thêm sự hài lòng với chính sách công): không so sánh mức điểm với các năm trước.",
  "ranking.break.par": "Năm {year} Bộ Nội vụ áp dụng bộ tiêu chí mới: so sánh điểm với năm trước cần thận trọng, thứ hạng ổn định hơn.",
  "ranking.otherYears": "Năm khác: ",
  "ranking.nationalMean": "Trung bình cả nước: ",
  "ranking.download": "Tải bảng xếp hạng (CSV)",
  "ranking.downloadNote": ", gồm cả các dòng của nguồn thứ hai khi các nguồn khác nhau.",
  "ranking.caption": "{title}: các tỉnh có số liệu, theo thứ hạng",
  "ranking.regions": "Trung bình theo vùng",
  "ranking.regions.none": "Chưa có số liệu trung bình theo vùng của năm {year} trong các nguồn đã thu thập.",
  "ranking.regions.region": "Vùng",
  "ranking.regions.mean": "Trung bình",
  "ranking.national": "Số liệu chung của cả nước",
  "ranking.national.statistic": "Chỉ tiêu",
  "ranking.national.value": "Giá trị",
  "ranking.national.conflict": " (các nguồn khác nhau)",
  "ranking.statsDownload": "Tải các số liệu chung và trung bình vùng (CSV)",
  "ranking.footer": "Số tỉnh có số liệu: {count}. Xem {methodology}.",
  "ranking.footer.methodology": "phương pháp",
  "ranking.citation.publisher": "Bộ Nội vụ",

  // The ranking table (components/RankingTable.astro)
  "rankingTable.weakNote": "* Hạng không in trong nguồn mà suy ra (theo thứ tự liệt kê hoặc tính từ nguồn); xem cột ghi chú. Biểu đồ chỉ ghi hạng in trong nguồn.",
  "rankingTable.rank": "Hạng",
  "rankingTable.province": "Tỉnh, thành phố",
  "rankingTable.region": "(vùng)",
  "rankingTable.score": "Điểm (%)",
  "rankingTable.versusMean": "So với trung bình",
  "rankingTable.notes": "Nguồn, ghi chú",
  "rankingTable.noRank": "chưa có",
  "rankingTable.weakRank": "hạng không in trong nguồn",
  "rankingTable.source": "nguồn",
  "rankingTable.disagree": " · hai nguồn khác nhau: ",
  "rankingTable.and": " và ",
  "rankingTable.orderConflict": " · ⚠ hạng và điểm không khớp với {place} ({claim}): ",
  "rankingTable.check": "kiểm tra",
  "rankingTable.rankClash": " · ⚠ hạng này trùng hạng {rank} mà nguồn in cho {place}",
  "rankingTable.quality.listing_order": "hạng theo thứ tự liệt kê",
  "rankingTable.quality.inferred": "suy luận",
  "rankingTable.quality.derived": "tính từ nguồn",
  "rankingTable.claim.valueRank": "{value} (hạng {rank})",
  "rankingTable.claim.valueRankInline": "{value}, hạng {rank}",
  "rankingTable.claim.rank": "hạng {rank}",
  "rankingTable.claim.none": "không nêu điểm và hạng",
} as const satisfies Record<string, Message>;
