/** The site's chrome, search, not-found page, stories, kinds of page and source counts. */
import type { Message } from "../../template";

export const site = {
  // Site chrome (src/layouts/Base.astro, src/components/Head.astro)
  "site.description": "Số liệu mở về cải cách hành chính ở Việt Nam",
  "site.skipToContent": "Bỏ qua, đến nội dung chính",
  "nav.label": "Điều hướng chính",
  "nav.home": "Trang chủ",
  "nav.provinces": "Tỉnh, thành",
  "nav.rankings": "Xếp hạng",
  "nav.compare": "So sánh",
  "nav.stories": "Bài viết",
  "nav.data": "Dữ liệu",
  "nav.methodology": "Phương pháp",
  "nav.search": "Tìm kiếm",
  "language.label": "Ngôn ngữ",
  // Said after a link from an English page to a page built in Vietnamese only (unused in Vietnamese pages).
  "language.inVietnamese": "(tiếng Việt)",

  // Footer
  "footer.about": "{site} tổng hợp số liệu từ báo cáo cải cách hành chính của chính quyền địa phương và các nguồn công khai. Mỗi con số dẫn về nguồn và vị trí của nó.",
  "footer.licence": "Dữ liệu phát hành theo giấy phép {licence}: được dùng lại khi ghi nguồn “{site}” kèm đường dẫn; mỗi biểu đồ và trang địa phương có nút “{cite}”. {howToCite}.",
  "footer.licenceUrl": "https://creativecommons.org/licenses/by/4.0/deed.vi",
  "footer.howToCite": "Cách trích dẫn",
  "footer.nav.label": "Liên kết chân trang",
  "footer.sources": "Nguồn",
  "footer.dataQuality": "Chất lượng dữ liệu",
  "footer.download": "Tải dữ liệu",
  "footer.reportCheck": "Kiểm tra báo cáo",
  "cite.button": "Trích dẫn",
  "cite.source": "Nguồn: {source}",
  "cite.line": "dòng {line}",
  "cite.section": "mục {section}",
  "cite.sourcePage": "trang nguồn",
  "cite.report": "Báo cáo CCHC {period} của {issuer}",
  "cite.reportUndated": "Báo cáo CCHC của {issuer}",

  // Header search (src/components/SearchBox.astro)
  "search.formLabel": "Tìm trên trang",
  "search.inputLabel": "Tìm tỉnh, huyện, xã",
  "search.placeholder": "Tìm tỉnh, huyện, xã…",
  "search.untitled": "Trang không có tiêu đề",

  // Search page (src/pages/tim-kiem.astro, src/pages/en/search.astro)
  "searchPage.title": "Tìm kiếm",
  "searchPage.intro": "Gõ tên tỉnh, huyện, xã, có dấu hoặc không dấu, tên cũ hoặc tên viết tắt: “vinh chau”, “da nang”, “tp hcm”, “huyện Mỹ Xuyên”. Kết quả cho biết loại đơn vị, tỉnh và thời gian tồn tại.",
  // Only the English page links to the other edition's search (places have no English pages yet).
  "searchPage.placesElsewhere": "Tìm tỉnh, huyện, xã trong bản tiếng Việt",
  "searchPage.noscript": "Tìm kiếm cần JavaScript. Bạn vẫn có thể xem {provinces} và {data}.",
  "searchPage.noscript.provinces": "danh sách tỉnh, thành",
  "searchPage.noscript.data": "dữ liệu",
  "searchPage.placeholder": "Tên địa phương, bộ dữ liệu, bài viết…",
  "searchPage.filter.kind": "Loại trang",
  "searchPage.filter.province": "Tỉnh, thành",

  // Page not found (src/pages/404.astro, src/pages/en/404.astro)
  "notFound.title": "Không tìm thấy trang",
  "notFound.body": "Địa chỉ này không có trên {site}. Hãy thử {search} hoặc về {home}.",
  "notFound.search": "tìm kiếm",
  "notFound.home": "trang chủ",

  // Stories (src/pages/bai-viet/, src/pages/en/stories/, src/components/story/)
  "stories.title": "Bài viết",
  "stories.description": "Bài viết dựa trên dữ liệu của {site}.",
  "stories.none": "Chưa có bài viết.",
  "storyChart.missing": "Chưa có số liệu cho biểu đồ này.",
  // Only English pages say it, above a chart that is not yet built in English.
  "storyChart.inVietnamese": "Biểu đồ này, bảng số liệu và các tệp tải về của nó hiện chỉ có bản tiếng Việt.",

  // Kinds of page: Pagefind's filter value and the result line under a title (Base.astro `pageKind`)
  "pageKind.province": "tỉnh",
  "pageKind.district": "huyện",
  "pageKind.commune": "xã",
  "pageKind.data": "dữ liệu",
  "pageKind.story": "bài viết",
  "pageKind.source": "nguồn",
  "pageKind.page": "trang",

  // Sources
  "source.count": { other: "{count} nguồn" },
  "source.more": { other: "{count} nguồn khác" },
} as const satisfies Record<string, Message>;
