import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../../e2e/browser";

/**
 * The Thanh Xuân reviewer reminds THCS Nhân Chính; its officer sees the reminder on landing, marks it
 * seen (the reviewer sees that), then records the staff conference of THCS Nhân Chính — the one school of
 * Thanh Xuân still missing in the demo's current campaign — and the public page moves 45/46 → 46/46.
 */
let browser: Browser;
const baseUrl = inject("baseUrl");
const artifacts = inject("artifactsDir");
const SCOREBOARD = "/api/public/ha-noi/m/democracy/scoreboards/compliance";

interface Board {
  year: string;
  rows: { district: string; cbccvc: string; nld: string }[];
}

async function thanhXuan(): Promise<Board["rows"][number]> {
  // The public answer may be cached for a minute at the edge; the server itself refreshes within seconds.
  const board = (await (
    await fetch(`${baseUrl}${SCOREBOARD}`, { headers: { "Cache-Control": "no-cache" } })
  ).json()) as Board;
  const row = board.rows.find((r) => r.district.includes("Thanh Xuân"));
  if (!row) throw new Error(`no Thanh Xuân row in ${JSON.stringify(board)}`);
  return row;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, path: string, username: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/dang-nhap/);
  await page.getByRole("textbox", { name: "Tên đăng nhập" }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill("CongDoan@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(new RegExp(`${path}$`));
}

describe("democracy conference, from a school to the public page", () => {
  it("an officer records attendance and adopted documents, closes the conference, and Thanh Xuân reaches 46/46", async () => {
    const board = (await (await fetch(`${baseUrl}${SCOREBOARD}`)).json()) as Board;
    expect((await thanhXuan()).cbccvc).toMatch(/^45\/46/);

    // The district's reviewer reminds the one school still missing.
    const reviewer = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(reviewer, "/t/ha-noi/m/democracy", "thamdinh.thanhxuan");
    const missing = reviewer.locator("li").filter({ hasText: /Nhân Chính/ });
    await missing.getByRole("button", { name: "Nhắc nhở", exact: true }).click();
    await missing.getByText("chưa xem").waitFor();

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    const conference = `/t/ha-noi/m/democracy/conference/${board.year}/tx-thcs-nhan-chinh`;
    await signIn(page, "/t/ha-noi/m/democracy", "canbo.nhanchinh");

    // The officer lands on the module and sees the reminder: who, when, the deadline, a link to prepare.
    const alert = page.getByRole("alert").filter({ hasText: /Nhắc nhở: .*Nhân Chính chưa tổ chức hội nghị/ });
    await alert.getByText(/Người nhắc: thamdinh\.thanhxuan, ngày \d{2}\/\d{2}\/\d{4}/).waitFor();
    await alert.getByText(/Hạn tổ chức: \d{2}\/\d{2}\/\d{4}/).waitFor();
    await page.screenshot({ path: join(artifacts, "democracy-reminder-officer.png"), fullPage: true });
    await alert.getByRole("button", { name: "Đã xem" }).click();
    await page
      .getByText(/Đã xem nhắc nhở ngày \d{2}\/\d{2}\/\d{4}/)
      .first()
      .waitFor();

    // The reviewer sees that it was seen.
    await reviewer.reload();
    await reviewer
      .locator("li")
      .filter({ hasText: /Nhân Chính/ })
      .getByText(/đã xem \d{2}\/\d{2}\/\d{4}/)
      .waitFor();
    await reviewer.close();

    await page.getByRole("link", { name: "Chuẩn bị hội nghị" }).first().click();
    await page.waitForURL(new RegExp(`${conference}$`));

    // The demo school has planned its conference (date, place) but not held it yet.
    await page.getByText("Hội trường nhà trường").first().waitFor();

    // The draft regulation is sent to staff before the conference.
    const drafts = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Dự thảo gửi trước hội nghị" }) })
      .last();
    await drafts.getByText("Chưa có dự thảo nào.").waitFor();
    await drafts.getByLabel("Tải lên dự thảo").setInputFiles({
      name: "du-thao-quy-che-dan-chu.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4 du thao"),
    });
    await drafts.getByRole("button", { name: "Tải lên", exact: true }).click();
    await drafts.getByRole("button", { name: /du-thao-quy-che-dan-chu\.pdf/ }).waitFor();

    // Holding it: attendance per group (52 invited, 48 present; quorum two thirds), checked as typed.
    await page.getByRole("heading", { name: "Điểm danh" }).waitFor();
    const group = (name: string) => page.getByRole("group", { name, exact: true });
    await group("Cán bộ quản lý").getByLabel("Số được triệu tập").fill("4");
    await group("Cán bộ quản lý").getByLabel("Số có mặt").fill("5");
    await group("Cán bộ quản lý").getByText("Số có mặt không thể lớn hơn số được triệu tập").waitFor();
    await group("Cán bộ quản lý").getByLabel("Số có mặt").fill("4");
    await group("Giáo viên").getByLabel("Số được triệu tập").fill("40");
    await group("Giáo viên").getByLabel("Số có mặt").fill("20");
    await page
      .getByText(
        /Chưa đủ số đại biểu: có mặt 24\/44 người được triệu tập, cần ít nhất 30 \(2\/3\); còn thiếu 6\./,
      )
      .waitFor();
    await group("Giáo viên").getByLabel("Số có mặt").fill("37");
    await group("Nhân viên").getByLabel("Số được triệu tập").fill("8");
    await group("Nhân viên").getByLabel("Số có mặt").fill("7");
    await page
      .getByText("Đủ số đại biểu: có mặt 48/52 người được triệu tập, cần ít nhất 35 (2/3).")
      .waitFor();
    // An absent teacher with the reason; a missing reason is shown beside its field.
    await page.getByRole("button", { name: "+ Thêm người vắng" }).click();
    const absentees = page.getByRole("group", { name: "Người vắng mặt và lý do" });
    await absentees.getByLabel("Họ và tên").fill("Nguyễn Thị Lan");
    await absentees.getByLabel("Thành phần").selectOption("Giáo viên");
    await page.getByRole("button", { name: "Lưu điểm danh" }).click();
    await absentees.getByText("Cần ghi lý do vắng").waitFor();
    await absentees.getByLabel("Lý do vắng").fill("Nghỉ ốm");
    await page.getByRole("button", { name: "Lưu điểm danh" }).click();
    await page.getByText(/^Đủ số đại biểu: có mặt 48\/52 người được triệu tập \(92,3%\)/).waitFor();
    await page.screenshot({ path: join(artifacts, "democracy-attendance.png"), fullPage: true });

    // Adopted documents from the campaign's checklist, each with its action; the saved state comes back on reload.
    const adopted = page.getByRole("group", { name: "Văn bản thông qua" });
    const documents = adopted.getByRole("checkbox");
    await documents.nth(0).check();
    await documents.nth(1).check();
    const actions = adopted.getByRole("combobox");
    await actions.nth(1).selectOption("new");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText("Đã lưu.").first().waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Điểm danh" }).waitFor();
    await expect.poll(() => documents.nth(1).isChecked()).toBe(true);
    expect(await documents.nth(2).isChecked()).toBe(false);
    expect(await actions.nth(1).inputValue()).toBe("new");
    expect(await actions.nth(0).inputValue()).toBe("reviewed");
    // The quorum sentence wraps on a phone: no sideways scrolling at 390 px.
    const noSidewaysScroll = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(await noSidewaysScroll()).toBe(true);

    // Closing asks first, saying what locking means and that the minutes are missing.
    await page.getByRole("button", { name: "Kết thúc và khoá hội nghị" }).click();
    const confirm = page.getByRole("dialog", { name: "Kết thúc và khoá hội nghị?" });
    await confirm.getByText("chưa có tệp biên bản hội nghị").waitFor();
    await confirm.getByRole("button", { name: "Khoá hội nghị" }).click();
    await page.getByText("Hội nghị đã khoá. Muốn sửa cần mở lại (có lý do).").waitFor();

    // The minutes, signed after the conference, can still be attached to the locked conference.
    const files = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Tệp văn bản và biên bản" }) })
      .last();
    await files.getByText("Biên bản hội nghị Chưa có tệp").waitFor();
    await files.getByLabel("Chọn một tệp").setInputFiles({
      name: "bien-ban-hoi-nghi.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4 bien ban"),
    });
    await files.getByRole("button", { name: "Tải lên", exact: true }).click();
    await files.getByRole("button", { name: /bien-ban-hoi-nghi\.pdf/ }).waitFor();
    await files.getByText("muốn thay biên bản phải mở lại hội nghị").waitFor();
    expect(await noSidewaysScroll()).toBe(true);
    await page.screenshot({ path: join(artifacts, "democracy-conference-closed.png"), fullPage: true });

    // The public page of the federation now shows the district complete.
    await expect
      .poll(async () => (await thanhXuan()).cbccvc, { timeout: 20_000, interval: 1_000 })
      .toMatch(/^46\/46 \(100/);
    await page.goto(`${baseUrl}/p/ha-noi/democracy/compliance`);
    await page
      .getByText(/46\/46 \(100/)
      .first()
      .waitFor();
    await page.screenshot({ path: join(artifacts, "democracy-public.png"), fullPage: true });

    // The trend over school years: a line chart (with its text alternative) and the same figures as a table.
    await page.goto(`${baseUrl}/p/ha-noi/democracy/trend`);
    await page.getByRole("img", { name: /Tỷ lệ đơn vị đã tổ chức hội nghị qua các năm học/ }).waitFor();
    await page.getByRole("rowheader", { name: "2022–2023" }).waitFor();
    await expect(
      page.getByRole("cell", { name: /^[\d.]+\/[\d.]+ \(\d+(,\d)?%\)$/ }).count(),
    ).resolves.toBeGreaterThan(0);
    // Per district, from the same board: the selector redraws the chart for Thanh Xuân.
    await page
      .getByRole("combobox", { name: "Xem theo đơn vị" })
      .selectOption({ label: "LĐLĐ quận Thanh Xuân" });
    await page.getByRole("img", { name: /qua các năm học — LĐLĐ quận Thanh Xuân/ }).waitFor();
    await page.getByRole("cell", { name: "46/46 (100%)" }).first().waitFor();
    await page.screenshot({ path: join(artifacts, "democracy-trend.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
