import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../../e2e/browser";

/**
 * The federation admin's year, on a phone: creates a programme through the form (mistakes shown
 * next to their fields, from the page's own checks and from the server), adds a sponsor's fund,
 * sees an empty review panel, meets a version conflict on editing, and closes the programme after
 * reading what closing does to personal data. The programme is for a past school year and ends
 * closed, so it never becomes “the open programme” other journeys look for.
 */
let browser: Browser;
const baseUrl = inject("baseUrl");
const artifacts = inject("artifactsDir");
const TENANT = "ha-noi";
const PASSWORD = "CongDoan@2026";
const MODULE = `/t/${TENANT}/m/scholarships`;
const API = `/api/t/${TENANT}/m/scholarships`;
const EXPECTED_401 = /Failed to load resource: the server responded with a status of 401/;
const stamp = Date.now().toString(36);
const NAME = `Học bổng thử nghiệm ${stamp}`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPhonePage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && !EXPECTED_401.test(msg.text())) problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, problems };
}

async function signInAt(page: Page, path: string, username: string, password: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/dang-nhap\?next=/);
  await page.getByRole("textbox", { name: "Tên đăng nhập" }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => url.pathname === path);
}

const fieldError = (page: Page, label: string | RegExp) =>
  page
    .locator(".field")
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator(".field__error");

describe("the federation admin's programme pages", () => {
  it("creates a programme through the form, adds a fund, sees progress, survives a conflict, closes it", async () => {
    const { page, problems } = await openPhonePage();
    await signInAt(page, MODULE, "admin.hanoi", PASSWORD);
    await page.getByRole("link", { name: "Tạo chương trình" }).click();
    await page.getByRole("heading", { level: 1, name: "Tạo chương trình" }).waitFor();

    // The page's own checks: a missing budget, weights that do not add up to 100, a bad date.
    await page.getByLabel("Tên chương trình").fill("HB");
    await page.getByLabel("Năm học", { exact: true }).fill("2019–2020");
    await page.getByLabel("Trọng số (%)").first().fill("50");
    await page.getByLabel("Mở ngày (dd/mm/yyyy)").fill("01/10/2019");
    await page.getByLabel("Đóng ngày (dd/mm/yyyy)").fill("31/13/2019");
    await page.getByRole("button", { name: "Tạo chương trình" }).click();
    await fieldError(page, "Tổng kinh phí (₫)").getByText("Bắt buộc").waitFor();
    await page.getByText("Tổng trọng số phải bằng 100.").waitFor();
    await fieldError(page, "Đóng ngày (dd/mm/yyyy)").getByText("Ngày có dạng dd/mm/yyyy").waitFor();
    await page.getByText("Tổng trọng số: 90/100").waitFor();

    // Fixed here; the server still refuses the two-letter name, and says so beside the name.
    await page.getByLabel("Tổng kinh phí (₫)").fill("50.000.000");
    await page.getByLabel("Trọng số (%)").first().fill("60");
    await page.getByLabel("Đóng ngày (dd/mm/yyyy)").fill("31/10/2019");
    await page.getByRole("button", { name: "Tạo chương trình" }).click();
    await fieldError(page, "Tên chương trình").getByText("Tên chương trình quá ngắn").waitFor();
    await page.getByLabel("Tên chương trình").fill(NAME);
    await page.getByRole("button", { name: "Tạo chương trình" }).click();
    await page.getByText("Đã tạo chương trình.").waitFor();
    await page.screenshot({ path: join(artifacts, "scholarships-programme-form.png"), fullPage: true });
    await page.getByRole("link", { name: "Mở chương trình" }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    await page.getByText("Chương trình chưa có quỹ nào.").waitFor();
    const programmeUrl = page.url();
    const programmeId = programmeUrl.split("/programmes/")[1]!;

    // A sponsor's fund, its amount shown the Vietnamese way.
    await page.getByRole("link", { name: "Quỹ của chương trình" }).click();
    await page.getByRole("heading", { level: 1, name: "Quỹ của chương trình" }).waitFor();
    await page.getByLabel("Quỹ nhà tài trợ").check();
    await page.getByLabel("Tên quỹ").fill("Quỹ khuyến học Tấm lòng vàng");
    await page.getByRole("button", { name: "Thêm quỹ" }).click();
    await fieldError(page, "Nhà tài trợ").getByText("Bắt buộc").waitFor();
    await page.getByLabel("Nhà tài trợ", { exact: true }).fill("Công ty Cổ phần Sữa Việt Nam");
    await page.getByLabel("Số tiền của quỹ (₫)").fill("20000000");
    await page.getByRole("button", { name: "Thêm quỹ" }).click();
    await page
      .locator("li.card")
      .filter({ hasText: "Tấm lòng vàng" })
      .getByText("20.000.000 ₫")
      .first()
      .waitFor();

    await page.screenshot({ path: join(artifacts, "scholarships-funds.png"), fullPage: true });

    // Nobody has joined the panel yet.
    await page.goto(`${baseUrl}${MODULE}/programmes/${programmeId}/progress`);
    await page.getByText("Chưa có ai tham gia hội đồng xét.").waitFor();
    await page.getByText("Chưa có hồ sơ đề cử nào.").waitFor();

    // Someone else saves the programme meanwhile: the page explains and reloads.
    await page.goto(`${baseUrl}${MODULE}/programmes/${programmeId}/edit`);
    await page.getByRole("heading", { level: 1, name: "Sửa chương trình" }).waitFor();
    await expect.poll(() => page.getByLabel("Tên chương trình").inputValue()).toBe(NAME);
    const login = (
      (await (
        await fetch(`${baseUrl}/api/t/${TENANT}/auth/login`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ username: "admin.hanoi", password: PASSWORD }),
        })
      ).json()) as { accessToken: string }
    ).accessToken;
    const auth = { Authorization: `Bearer ${login}`, "Content-Type": "application/json" };
    const current = (await (
      await fetch(`${baseUrl}${API}/programmes/${programmeId}`, { headers: auth })
    ).json()) as {
      version: number;
    };
    const other = await fetch(`${baseUrl}${API}/programmes/${programmeId}`, {
      method: "PATCH",
      headers: auth,
      body: JSON.stringify({ expectedVersion: current.version, budget: 60_000_000 }),
    });
    expect(other.status).toBe(200);
    await page.getByLabel("Tổng kinh phí (₫)").fill("55.000.000");
    await page.getByRole("button", { name: "Lưu chương trình" }).click();
    await page.getByText("Chương trình vừa được người khác sửa").waitFor();
    await page.getByRole("button", { name: "Tải lại" }).click();
    await expect.poll(() => page.getByLabel("Tổng kinh phí (₫)").inputValue()).toBe("60.000.000");

    // Closing says what happens to personal data, and needs the confirmation ticked.
    await page.goto(`${baseUrl}${MODULE}/programmes/${programmeId}/manage`);
    await page.getByText("dữ liệu cá nhân của các cháu và cha mẹ được giữ").waitFor();
    const close = page.getByRole("button", { name: "Kết thúc chương trình" });
    expect(await close.isDisabled()).toBe(true);
    await page.getByLabel("Tôi hiểu, kết thúc chương trình").check();
    await close.click();
    await page.getByText("Chương trình đã kết thúc.").waitFor();
    await page.getByText("Dữ liệu cá nhân tự động xoá từ ngày").waitFor();
    await page.getByText("Được giữ lại:").waitFor();
    await page.screenshot({ path: join(artifacts, "scholarships-programme-closed.png"), fullPage: true });

    // The two server refusals (the short name; the stale version) were on purpose.
    const expected = /status of (400|409)/;
    expect(problems.filter((m) => !expected.test(m))).toEqual([]);
    await page.close();
  });
});
