import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../../e2e/browser";

/**
 * The federation admin opens the campaign administration on a phone and opens a campaign's checklist;
 * the federation (which holds democracy.review) records a reminder (nhắc nhở) for a school that has not held its conference.
 */
let browser: Browser;
const baseUrl = inject("baseUrl");
const artifacts = inject("artifactsDir");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(path: string, username: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/dang-nhap/);
  await page.getByRole("textbox", { name: "Tên đăng nhập" }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill("CongDoan@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(new RegExp(`${path}$`));
  return { page, problems };
}

describe("democracy campaign administration and reminders", () => {
  it("lists campaigns by school year and opens one campaign's checklist", async () => {
    const { page, problems } = await signIn("/t/ha-noi/m/democracy/campaigns", "admin.hanoi");
    await page.getByRole("heading", { name: "Mở đợt mới" }).waitFor();
    const first = page.locator(".card-list .card__title").first();
    await first.waitFor();
    await first.click();
    await page.getByRole("group", { name: "Danh mục văn bản cần thông qua" }).waitFor();
    // The units: a page at a time, searched by name without accents, filtered by status.
    await page.getByText(/Đang hiện 30\/\d+ đơn vị/).waitFor();
    await page.getByRole("searchbox", { name: "Tìm đơn vị" }).fill("thcs nhan chinh");
    await page.getByText("Đang hiện 1/1 đơn vị").waitFor();
    await page.getByRole("link", { name: /THCS Nhân Chính/ }).waitFor();
    await page.getByRole("searchbox", { name: "Tìm đơn vị" }).fill("");
    await page.getByRole("combobox", { name: "Trạng thái" }).selectOption("not-held");
    // Phú Xuyên and the sector union still have schools missing in the demo: more than one, fewer than 30.
    await expect.poll(() => page.locator(".card-list > li").count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(await page.locator(".card-list > li").count()).toBeLessThanOrEqual(30);
    await page.getByRole("combobox", { name: "Trạng thái" }).selectOption("all");
    await page.getByRole("button", { name: "Xem thêm" }).click();
    await expect.poll(() => page.locator(".card-list > li").count()).toBe(60);
    await page.screenshot({ path: join(artifacts, "democracy-campaign.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("prints a district's report without the shell around it", async () => {
    const { page, problems } = await signIn("/t/ha-noi/m/democracy", "admin.hanoi");
    const row = page.getByRole("row").filter({ hasText: "Thanh Xuân" });
    await row.getByRole("link", { name: "Báo cáo in" }).click();
    await page.waitForURL(/\/m\/democracy\/report\/\d{4}-\d{4}\/ldld-thanh-xuan$/);
    await page.getByRole("heading", { name: /Báo cáo kết quả tổ chức Hội nghị CBCCVC/ }).waitFor();
    await page.getByRole("button", { name: "In báo cáo" }).waitFor();
    await expect(page.getByRole("table").nth(1).getByRole("row").count()).resolves.toBe(53);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "In báo cáo" }).isVisible()).toBe(false);
    await page
      .pdf({ path: join(artifacts, "democracy-district-report.pdf"), format: "A4" })
      .catch(() => undefined);
    await page.screenshot({ path: join(artifacts, "democracy-district-report.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lets the federation remind a school that has not held its conference", async () => {
    // Phú Xuyên still has schools missing in the demo (Thanh Xuân's last one is held by the other journey).
    const { page, problems } = await signIn("/t/ha-noi/m/democracy", "admin.hanoi");
    await page.getByRole("heading", { name: "Đơn vị chưa tổ chức" }).waitFor();
    const remind = page.getByRole("button", { name: "Nhắc nhở", exact: true }).first();
    await remind.waitFor();
    await remind.click();
    await page
      .getByText(/đã nhắc \d{2}\/\d{2}\/\d{4}/)
      .first()
      .waitFor();
    await page.screenshot({ path: join(artifacts, "democracy-reminded.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
