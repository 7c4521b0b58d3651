import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../../e2e/browser";
import { moneyInWords } from "../src/money-words";

/**
 * Học bổng, from a school to the public page: the officer of THCS Nhân Chính nominates a member's
 * child in Thanh Xuân's open programme, two reviewers score the file blind (they see only HS-…),
 * the city federation approves in rank order within the fund, records the hand-out, and the public
 * “over the years” board gains one award and its amount.
 */
let browser: Browser;
const baseUrl = inject("baseUrl");
const artifacts = inject("artifactsDir");
const TENANT = "ha-noi";
const PASSWORD = "CongDoan@2026";
const MODULE = `/t/${TENANT}/m/scholarships`;
const API = `/api/t/${TENANT}/m/scholarships`;
const YEARS_BOARD = `/api/public/${TENANT}/m/scholarships/scoreboards/qua-cac-nam`;
const EXPECTED_401 = /Failed to load resource: the server responded with a status of 401/;

const stamp = Date.now().toString(36);
/** A small PDF of 2.560 bytes, shown as “2,5 KB”. */
const PDF_NAME = `giay-khen-hsg-${stamp}.pdf`;
const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(2560 - 15, 32), Buffer.from("%%EOF\n")]);
const childName = `Phạm Gia Hân ${stamp}`;
const parentName = `Phạm Văn Hùng ${stamp}`;

interface YearRow {
  schoolYear: string;
  count: number;
  amount: number;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const vnNumber = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");

async function apiLogin(username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/t/${TENANT}/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function yearRow(schoolYear: string): Promise<YearRow> {
  const res = await fetch(`${baseUrl}${YEARS_BOARD}`, { headers: { "Cache-Control": "no-cache" } });
  const board = (await res.json()) as { rows: YearRow[] };
  return board.rows.find((r) => r.schoolYear === schoolYear) ?? { schoolYear, count: 0, amount: 0 };
}

async function openPhonePage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && !EXPECTED_401.test(msg.text())) problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, problems };
}

/** Opens a protected page, signs in on the real login page (and changes a first password). */
async function signInAt(page: Page, path: string, username: string, password: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/dang-nhap\?next=/);
  await page.getByRole("textbox", { name: "Tên đăng nhập" }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/dang-nhap"));
  if (page.url().includes("/doi-mat-khau")) {
    const next = `${password}-Moi9`;
    await page.getByRole("heading", { level: 1, name: "Đổi mật khẩu" }).waitFor();
    // Current, new, repeat: the three password boxes of the form, in order.
    const boxes = page.locator("form input[type=password]");
    await boxes.nth(0).fill(password);
    await boxes.nth(1).fill(next);
    await boxes.nth(2).fill(next);
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  }
  await page.waitForURL((url) => url.pathname === path);
}

/** The reviewer's blind file: scores every rubric criterion and checks no name shows. */
async function scoreBlind(page: Page, scores: string[]) {
  const card = page.locator("li.card").filter({ hasText: /HS-\d+/ });
  await card.first().waitFor();
  expect(await card.count()).toBe(1);
  const inputs = card.locator("input");
  expect(await inputs.count()).toBe(scores.length);
  for (const [i, s] of scores.entries()) await inputs.nth(i).fill(s);
  await card.getByRole("button", { name: "Lưu điểm" }).click();
  await card.getByText("Đã ghi.").waitFor();
  const html = await page.content();
  expect(html).not.toContain(childName);
  expect(html).not.toContain(parentName);
}

describe("scholarships, from a school's nomination to the public page", () => {
  it("nominates, scores blind twice, approves within budget, records the hand-out, and the public totals move", async () => {
    // The open programme of this school year and the money it pays for a “học giỏi” award.
    const adminToken = await apiLogin("admin.hanoi", PASSWORD);
    const auth = { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" };
    const list = (await (await fetch(`${baseUrl}${API}/programmes`, { headers: auth })).json()) as {
      items: { id: string; name: string; status: string; schoolYear: string }[];
    };
    const programme = list.items.find((p) => p.status === "open");
    if (!programme) throw new Error(`no open programme in ${JSON.stringify(list)}`);
    const detail = (await (
      await fetch(`${baseUrl}${API}/programmes/${programme.id}`, { headers: auth })
    ).json()) as {
      categories: { code: string; amount: number }[];
      funds: { committed: number; paid: number }[];
    };
    const amount = detail.categories.find((c) => c.code === "hoc-gioi")!.amount;
    const shownYear = programme.schoolYear.replace("-", "\u2013");
    const before = await yearRow(shownYear);

    // A second reviewer, from the city federation (above the programme's owner, no conflict).
    const reviewer = `thamdinh.hn${stamp}`;
    const created = await fetch(`${baseUrl}/api/t/${TENANT}/users`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({
        username: reviewer,
        displayName: "Cán bộ thẩm định LĐLĐ Hà Nội",
        grants: [{ role: "reviewer", unitId: "ha-noi" }],
      }),
    });
    expect(created.status).toBe(201);
    const { initialPassword } = (await created.json()) as { initialPassword: string };

    // The parent: a member of THCS Nhân Chính (the demo has none of that school's members on record).
    const member = await fetch(`${baseUrl}/api/t/${TENANT}/members`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({
        fullName: parentName,
        gender: "nam",
        dateOfBirth: "1982-06-10",
        unitId: "tx-thcs-nhan-chinh",
        position: "Giáo viên",
      }),
    });
    expect(member.status).toBe(201);
    const memberId = ((await member.json()) as { id: string }).id;

    // 1. The school's officer nominates through the form, after the eligibility check.
    const officer = await openPhonePage();
    await signInAt(officer.page, MODULE, "canbo.nhanchinh", PASSWORD);
    await officer.page.getByRole("link", { name: programme.name }).click();
    await officer.page.getByRole("heading", { level: 1, name: programme.name }).waitFor();
    await officer.page.getByRole("link", { name: "Đề cử", exact: true }).click();
    await officer.page.getByRole("heading", { level: 1, name: "Đề cử" }).waitFor();
    await officer.page
      .getByLabel("Cha/mẹ (đoàn viên)")
      .locator("option", { hasText: parentName })
      .waitFor({ state: "attached" });
    // Every nominating POST the page sends: one per submit, however often the button is tapped.
    const nominationPosts: string[] = [];
    officer.page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith(`/programmes/${programme.id}/nominations`))
        nominationPosts.push(r.url());
    });
    // No parent is chosen for the officer; an empty form is refused on the page, field by field.
    expect(await officer.page.getByLabel("Cha/mẹ (đoàn viên)").inputValue()).toBe("");
    await officer.page.getByRole("button", { name: "Gửi đề cử" }).click();
    const errorOf = (id: string) => officer.page.locator(`.field:has([id="${id}"]) .field__error`);
    await errorOf("sch-memberId").getByText("Chọn cha/mẹ của cháu").waitFor();
    await errorOf("sch-child.fullName").getByText("Nhập họ tên của cháu").waitFor();
    await errorOf("sch-child.school").getByText("Nhập tên trường").waitFor();
    await errorOf("sch-child.grade").getByText("Nhập lớp").waitFor();
    await errorOf("sch-child.dateOfBirth").getByText("Bắt buộc").waitFor();
    expect(await officer.page.locator(".field__label .field__required").count()).toBe(8);
    expect(await officer.page.getByLabel("Thành tích").getAttribute("maxlength")).toBe("1000");
    await officer.page.getByLabel("Ngày sinh (dd/mm/yyyy)").fill("31/02/2013");
    await officer.page.getByRole("button", { name: "Gửi đề cử" }).click();
    await errorOf("sch-child.dateOfBirth").getByText("Ngày 31/02/2013 không có thật").waitFor();
    expect(nominationPosts).toEqual([]);
    await officer.page.getByLabel("Cha/mẹ (đoàn viên)").selectOption({ label: parentName });
    await officer.page.getByLabel("Loại học bổng").selectOption("hoc-gioi");
    await officer.page.getByLabel("Họ tên của cháu").fill(childName);
    await officer.page.getByLabel("Ngày sinh (dd/mm/yyyy)").fill("14/02/2013");
    await officer.page.getByRole("textbox", { name: "Trường", exact: true }).fill("Trường THCS Nhân Chính");
    await officer.page.getByRole("textbox", { name: "Lớp", exact: true }).fill("8A2");
    await officer.page.getByLabel("Điểm trung bình năm học").fill("9,4");
    await officer.page.getByLabel("Thành tích").fill("Giải Nhì học sinh giỏi Toán cấp quận");
    // Evidence: a wrong type is refused beside the field; a small PDF goes up and is listed with its size.
    const evidence = officer.page.getByLabel(/^Minh chứng/);
    await evidence.setInputFiles({
      name: "chuong-trinh.exe",
      mimeType: "application/x-msdownload",
      buffer: Buffer.from("MZ"),
    });
    const evidenceError = officer.page.locator(".field:has(#sch-evidence) .field__error");
    await evidenceError.getByText("Loại tệp này không được nhận").waitFor();
    await evidence.setInputFiles({
      name: "ban-scan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.alloc(11 * 1024 * 1024, 32),
    });
    await evidenceError.getByText("Tệp quá lớn (11 MB); mỗi tệp tối đa 10 MB.").waitFor();
    await evidence.setInputFiles({ name: PDF_NAME, mimeType: "application/pdf", buffer: PDF });
    const listed = officer.page.locator(".field:has(#sch-evidence) li").filter({ hasText: PDF_NAME });
    await listed.getByText("2,5 KB").waitFor();
    expect(await officer.page.locator(".field:has(#sch-evidence) .field__error").count()).toBe(0);
    await officer.page.getByRole("button", { name: "Kiểm tra điều kiện" }).click();
    await officer.page.getByText("Đủ điều kiện.").waitFor();
    const nominated = officer.page.waitForResponse(
      (r) => r.request().method() === "POST" && r.url().endsWith(`/programmes/${programme.id}/nominations`),
    );
    // A double tap sends one nomination; the form then empties and names the saved file.
    await officer.page.getByRole("button", { name: "Gửi đề cử" }).dblclick();
    const saved = (await (await nominated).json()) as { id: string; pseudonym: string };
    const nominatedId = saved.id;
    await officer.page.getByText(`Đã ghi hồ sơ ${saved.pseudonym}.`).waitFor();
    await officer.page.getByRole("link", { name: `Xem hồ sơ ${saved.pseudonym}` }).waitFor();
    expect(await officer.page.getByLabel("Họ tên của cháu").inputValue()).toBe("");
    expect(await officer.page.getByLabel("Cha/mẹ (đoàn viên)").inputValue()).toBe("");
    expect(nominationPosts).toHaveLength(1);
    await officer.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}`);
    await officer.page.locator("li.record").filter({ hasText: childName }).getByText("Chờ xét").waitFor();
    // The summary says which "đã trao" it means: a count here, an amount in the funds table.
    await officer.page.locator("dl.summary dt", { hasText: "Số suất đã trao" }).waitFor();
    await officer.page.getByRole("columnheader", { name: "Số tiền đã trao" }).waitFor();
    // The officer opens the file from the unit's list: the evidence is there, no decision forms.
    await officer.page.getByRole("link", { name: childName }).click();
    await officer.page.locator("li").filter({ hasText: PDF_NAME }).getByText("2,5 KB").waitFor();
    expect(await officer.page.getByRole("form", { name: "Không duyệt" }).count()).toBe(0);
    await officer.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}`);
    await officer.page.screenshot({ path: join(artifacts, "scholarships-nominated.png"), fullPage: true });

    // 2. The new reviewer joins the panel; the admin assigns the file to two reviewers.
    const second = await openPhonePage();
    await signInAt(second.page, `${MODULE}/programmes/${programme.id}/reviews`, reviewer, initialPassword);
    await second.page.getByRole("button", { name: "Tham gia hội đồng xét" }).click();
    await second.page.getByText("Bạn đã ở trong hội đồng xét.").waitFor();

    const admin = await openPhonePage();
    await signInAt(admin.page, `${MODULE}/programmes/${programme.id}`, "admin.hanoi", PASSWORD);
    await admin.page.getByRole("button", { name: "Giao hồ sơ cho hội đồng" }).click();
    await admin.page.getByText("Số lượt giao mới: 2").waitFor();

    // 3. Both score blind: a code, never the child's or the parent's name.
    const first = await openPhonePage();
    await signInAt(
      first.page,
      `${MODULE}/programmes/${programme.id}/reviews`,
      "thamdinh.thanhxuan",
      PASSWORD,
    );
    await scoreBlind(first.page, ["9", "7"]);
    await first.page.screenshot({ path: join(artifacts, "scholarships-blind-review.png"), fullPage: true });
    await second.page.reload();
    await scoreBlind(second.page, ["8,5", "8"]);
    // Reviewers never see the evidence's names.
    for (const p of [first.page, second.page]) expect(await p.content()).not.toContain(PDF_NAME);

    // The admin sees the file's evidence with its name and size.
    await admin.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}/nominations/${nominatedId}`);
    await admin.page.locator("li").filter({ hasText: PDF_NAME }).getByText("2,5 KB").waitFor();

    // The admin's progress page: the demo reviewer has finished, and the file has its two reviews.
    await admin.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}/progress`);
    await admin.page.getByRole("heading", { level: 1, name: "Tiến độ chấm" }).waitFor();
    const progressCard = admin.page.locator("li.card").filter({ hasText: "thamdinh.thanhxuan" });
    await progressCard.getByText(/Đã chấm: 1 · Còn lại: 0/).waitFor();
    await admin.page
      .getByRole("list", { name: "Tiến độ theo hồ sơ" })
      .locator("li.card")
      .filter({ hasText: childName })
      .getByText("Lượt chấm xong: 2/2")
      .waitFor();
    await admin.page.screenshot({ path: join(artifacts, "scholarships-progress.png"), fullPage: true });
    await admin.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}`);

    // 4. The admin approves in rank order within the fund, then records the hand-out of the file.
    await admin.page.getByRole("button", { name: "Học giỏi", exact: true }).click();
    const row = admin.page.getByRole("row").filter({ hasText: /HS-\d+/ });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    const code = ((await row.getByRole("link").textContent()) ?? "").trim();
    await admin.page.getByLabel("Số quyết định").fill(`15/QĐ-LĐLĐ-${stamp}`);
    await admin.page.getByLabel("Ngày quyết định (dd/mm/yyyy)").fill("20/11/2026");
    await admin.page.getByRole("button", { name: "Duyệt theo thứ hạng" }).click();
    await admin.page.getByText("đã duyệt: 1 · Danh sách chờ: 0").waitFor();
    // The approved file leaves the ranking and waits for its hand-out in the list by status.
    const approved = admin.page
      .getByRole("list", { name: "Hồ sơ theo trạng thái" })
      .getByRole("link", { name: code });
    await approved.first().waitFor();
    expect(await approved.count()).toBe(1);
    await approved.click();
    await admin.page.getByRole("heading", { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    await admin.page.getByText(childName).waitFor();
    await admin.page.getByLabel("Người nhận (ký nhận)").fill("Phụ huynh ký nhận");
    await admin.page.getByRole("button", { name: "Ghi nhận đã trao" }).click();
    await admin.page.locator(".badge").getByText("Đã trao").waitFor();
    await admin.page.screenshot({ path: join(artifacts, "scholarships-paid.png"), fullPage: true });

    const after = (await (
      await fetch(`${baseUrl}${API}/programmes/${programme.id}`, { headers: auth })
    ).json()) as {
      funds: { committed: number; paid: number }[];
    };
    expect(after.funds[0]!.committed - detail.funds[0]!.committed).toBe(amount);
    expect(after.funds[0]!.paid - detail.funds[0]!.paid).toBe(amount);

    // 5. A second file of the school, refused: the reason is required and checked next to its field.
    const officerToken = await apiLogin("canbo.nhanchinh", PASSWORD);
    const second_ = await fetch(`${baseUrl}${API}/programmes/${programme.id}/nominations`, {
      method: "POST",
      headers: { Authorization: `Bearer ${officerToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        unitId: "tx-thcs-nhan-chinh",
        memberId,
        category: "hoc-gioi",
        child: {
          fullName: `Phạm Gia Bảo ${stamp}`,
          dateOfBirth: "2015-09-01",
          school: "Trường Tiểu học Nhân Chính",
          grade: "5A1",
          schoolLevel: "tieu-hoc",
          average: 9.6,
          achievements: "Học sinh xuất sắc",
          hardship: "",
        },
      }),
    });
    expect(second_.status).toBe(201);
    const refusedId = ((await second_.json()) as { id: string }).id;

    // 5a. The admin gives the new file to a reviewer by hand on its assignment page, then takes them off.
    await admin.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}/assignments/${refusedId}`);
    await admin.page.getByRole("heading", { level: 1, name: "Phân công chấm" }).waitFor();
    await admin.page.getByText("Chưa ai được giao chấm hồ sơ này.").waitFor();
    const pick = admin.page.getByLabel("Giao thêm cán bộ thẩm định");
    await pick.locator("option", { hasText: reviewer }).waitFor({ state: "attached" });
    await admin.page.getByRole("button", { name: "Giao chấm" }).click();
    await admin.page.locator(".field__error").getByText("Chọn một người trong hội đồng").waitFor();
    await pick.selectOption(reviewer);
    await admin.page.getByRole("button", { name: "Giao chấm" }).click();
    const assignedNow = admin.page.getByRole("list", { name: "Đang được giao" }).locator("li.card");
    await assignedNow.filter({ hasText: reviewer }).getByText("chưa chấm").waitFor();
    await admin.page.screenshot({ path: join(artifacts, "scholarships-assignment.png"), fullPage: true });
    await assignedNow.filter({ hasText: reviewer }).getByRole("button", { name: "Rút khỏi hồ sơ" }).click();
    await admin.page.getByText("Chưa ai được giao chấm hồ sơ này.").waitFor();
    expect(await admin.page.content()).not.toContain("Phạm Gia Bảo");
    await admin.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}/nominations/${refusedId}`);
    const reject = admin.page.getByRole("form", { name: "Không duyệt" });
    await reject.getByRole("button", { name: "Không duyệt" }).click();
    await reject.locator(".field__error").getByText("Bắt buộc").waitFor();
    await reject.getByLabel("Lý do").fill("Trùng");
    await reject.getByRole("button", { name: "Không duyệt" }).click();
    await reject.locator(".field__error").getByText("Lý do cần ít nhất 10 ký tự").waitFor();
    await reject.getByLabel("Lý do").fill("Gia đình đã nhận học bổng khác trong năm học");
    await reject.getByRole("button", { name: "Không duyệt" }).click();
    await admin.page.locator(".badge").getByText("Không duyệt").waitFor();

    // 5b. The ceremony list and the receipt sheet of the school, from the programme page, ready for A4.
    await admin.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}`);
    await admin.page.getByRole("link", { name: "In danh sách, giấy ký nhận" }).click();
    await admin.page.getByRole("heading", { level: 1, name: "Danh sách trao và giấy ký nhận" }).waitFor();
    const unitPick = admin.page.getByLabel("CĐCS", { exact: true });
    await unitPick.locator("option[value='tx-thcs-nhan-chinh']").waitFor({ state: "attached" });
    await unitPick.selectOption("tx-thcs-nhan-chinh");
    await admin.page
      .getByRole("row")
      .filter({ hasText: childName })
      .getByText(`${vnNumber(amount)} ₫`)
      .waitFor();
    await admin.page.getByRole("button", { name: "Giấy ký nhận" }).click();
    const receipt = admin.page.getByRole("article", { name: `GIẤY BIÊN NHẬN HỌC BỔNG ${code}` });
    await receipt.getByText(childName).waitFor();
    for (const text of [
      parentName,
      `số 15/QĐ-LĐLĐ-${stamp} ngày 20/11/2026`,
      moneyInWords(amount),
      `${vnNumber(amount)} ₫`,
      "Người nhận",
    ]) {
      await receipt.getByText(text, { exact: false }).first().waitFor();
    }
    expect(admin.page.url()).toContain("unitId=tx-thcs-nhan-chinh");
    expect(admin.page.url()).toContain("view=receipts");
    await admin.page.emulateMedia({ media: "print" });
    expect(await admin.page.locator(".site-header").isVisible()).toBe(false);
    expect(await admin.page.getByRole("button", { name: "In", exact: true }).isVisible()).toBe(false);
    // Two receipts to an A4 page: the PDF has half as many pages as receipts, rounded up.
    const receiptsShown = await admin.page.locator("article.sch-receipt").count();
    const pdf = await admin.page.pdf({
      path: join(artifacts, "scholarships-receipts.pdf"),
      preferCSSPageSize: true,
    });
    const pages = Number(/\/Type\s*\/Pages[^>]*?\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1]);
    expect(pages).toBe(Math.ceil(receiptsShown / 2));
    await admin.page.emulateMedia({ media: "screen" });
    await admin.page.screenshot({ path: join(artifacts, "scholarships-receipts.png"), fullPage: true });

    // The school's officer prints their own unit's list (no district or unit choice, only their files).
    await officer.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}`);
    await officer.page.getByRole("link", { name: "In danh sách, giấy ký nhận" }).click();
    await officer.page.getByRole("row").filter({ hasText: childName }).waitFor();
    expect(await officer.page.getByLabel(/Quận\/huyện/).count()).toBe(0);

    // 6. The public board over the years gains one award and its amount, and its page shows it.
    await expect
      .poll(async () => yearRow(shownYear), { timeout: 20_000, interval: 1_000 })
      .toMatchObject({ count: before.count + 1, amount: before.amount + amount });
    const publicPage = await openPhonePage();
    await publicPage.page.goto(`${baseUrl}/p/${TENANT}/scholarships/qua-cac-nam`);
    await publicPage.page
      .getByRole("row")
      .filter({ hasText: shownYear })
      .getByText(vnNumber(before.amount + amount), { exact: true })
      .waitFor();
    expect(await publicPage.page.content()).not.toContain(childName);
    await publicPage.page.screenshot({ path: join(artifacts, "scholarships-public.png"), fullPage: true });

    // 7. The officer's own-unit list shows 50 files, then “Xem thêm” brings the rest (cursor paging).
    const officerAuth = { Authorization: `Bearer ${officerToken}`, "Content-Type": "application/json" };
    for (let batch = 0; batch < 5; batch++) {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          fetch(`${baseUrl}${API}/programmes/${programme.id}/nominations`, {
            method: "POST",
            headers: officerAuth,
            body: JSON.stringify({
              unitId: "tx-thcs-nhan-chinh",
              memberId,
              category: "hoc-gioi",
              child: {
                fullName: `Phạm Minh Anh ${stamp} ${batch * 10 + i}`,
                dateOfBirth: "2012-05-20",
                school: "Trường THCS Nhân Chính",
                grade: "6A1",
                schoolLevel: "thcs",
                average: 8.6,
                achievements: "",
                hardship: "",
              },
            }),
          }).then((r) => r.status),
        ),
      );
      expect(statuses).toEqual(Array(10).fill(201));
    }
    let total = 0;
    let cursor: string | undefined;
    do {
      const res = await fetch(
        `${baseUrl}${API}/programmes/${programme.id}/nominations?unitId=tx-thcs-nhan-chinh&limit=100${
          cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""
        }`,
        { headers: officerAuth },
      );
      const page = (await res.json()) as { items: unknown[]; cursor?: string };
      total += page.items.length;
      cursor = page.cursor;
    } while (cursor);
    expect(total).toBeGreaterThan(50);
    await officer.page.goto(`${baseUrl}${MODULE}/programmes/${programme.id}`);
    const ownFiles = officer.page.getByRole("list", { name: "Hồ sơ đề cử của đơn vị" }).locator("li.record");
    await ownFiles.nth(49).waitFor();
    expect(await ownFiles.count()).toBe(50);
    while ((await ownFiles.count()) < total) {
      await officer.page.getByRole("button", { name: "Xem thêm" }).click();
      await ownFiles.nth(Math.min(total, (await ownFiles.count()) + 50) - 1).waitFor();
    }
    expect(await ownFiles.count()).toBe(total);
    expect(await officer.page.getByRole("button", { name: "Xem thêm" }).count()).toBe(0);
    const shownNames = await ownFiles.locator("strong").allTextContents();
    expect(new Set(shownNames).size).toBe(total);
    expect(shownNames).toContain(childName);

    // The too-short reason was refused by the server on purpose (400, shown next to its field).
    const refused = /Failed to load resource: the server responded with a status of 400/;
    expect(admin.problems.filter((m) => refused.test(m))).toHaveLength(1);
    admin.problems.splice(0, admin.problems.length, ...admin.problems.filter((m) => !refused.test(m)));
    // The wrong file type was refused on purpose (415, shown next to the evidence field).
    const wrongType = /Failed to load resource: the server responded with a status of 415/;
    expect(officer.problems.filter((m) => wrongType.test(m))).toHaveLength(1);
    officer.problems.splice(
      0,
      officer.problems.length,
      ...officer.problems.filter((m) => !wrongType.test(m)),
    );
    for (const p of [officer, second, admin, first, publicPage]) {
      expect(p.problems).toEqual([]);
      await p.page.close();
    }
  });
});
