import { describe, expect, it } from "vitest";
import { ACCESS_PLACEHOLDER, ACCESS_PLACEHOLDER_EN, accessDate, completeText } from "./completeAddress";
import { t } from "../i18n/t";

const now = new Date(2025, 4, 9);

describe("accessDate", () => {
  it("accessDate(9 May 2025) is 9/5/2025", () => expect(accessDate(now)).toBe("9/5/2025"));
});

describe("completeText", () => {
  it("makes the embed snippet's address absolute where the page is served", () => {
    expect(completeText('<iframe src="/nhung/ho-so/soc-trang/vinh-chau/" title="x">', ["/nhung/ho-so/soc-trang/vinh-chau/"], "https://cchc.gov.vn", now))
      .toBe('<iframe src="https://cchc.gov.vn/nhung/ho-so/soc-trang/vinh-chau/" title="x">');
  });

  it("completes a citation's address and date", () => {
    const text = `CCHC Mở, “Thị xã Vĩnh Châu”. /huyen/soc-trang/vinh-chau/ (truy cập ngày ${ACCESS_PLACEHOLDER}; phiên bản dữ liệu abc).`;
    expect(completeText(text, ["/huyen/soc-trang/vinh-chau/"], "http://127.0.0.1:4321", now))
      .toBe("CCHC Mở, “Thị xã Vĩnh Châu”. http://127.0.0.1:4321/huyen/soc-trang/vinh-chau/ (truy cập ngày 9/5/2025; phiên bản dữ liệu abc).");
  });

  it("fills the English citation's date placeholder too (the catalogue's, copied here to keep the module import-free)", () => {
    expect(ACCESS_PLACEHOLDER_EN).toBe(t("en", "citation.accessPlaceholder"));
    expect(ACCESS_PLACEHOLDER).toBe(t("vi", "citation.accessPlaceholder"));
    expect(completeText(`(accessed ${ACCESS_PLACEHOLDER_EN}; data version abc)`, [], "https://b.vn", now)).toBe("(accessed 9/5/2025; data version abc)");
  });

  it("leaves an address that is already absolute, and a path inside another path, alone", () => {
    expect(completeText("https://a.vn/tinh/ and /x/tinh/", ["/tinh/"], "https://b.vn", now)).toBe("https://a.vn/tinh/ and /x/tinh/");
  });
});

describe("completeText with the home page", () => {
  it("completes '/' as a whole address only, never a document number such as 'Số: /BC-UBND'", () => {
    expect(completeText("Số: /BC-UBND. CCHC Mở, / (truy cập)", ["/"], "https://b.vn", now)).toBe("Số: /BC-UBND. CCHC Mở, https://b.vn/ (truy cập)");
    expect(completeText("xem /#bd-1", ["/"], "https://b.vn", now)).toBe("xem https://b.vn/#bd-1");
  });
});
