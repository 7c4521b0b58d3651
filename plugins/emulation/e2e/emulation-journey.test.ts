import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../../e2e/browser";

/**
 * An emulation round of Thanh Xuân, from a school to the public page: the federation launches LĐLĐ
 * quận Thanh Xuân's movement for the school year on the new-movement page, revises its target, and
 * puts THCS Nhân Chính in a cluster; the school's officer registers
 * and reports through the module's pages, the district's reviewer accepts, the city federation
 * issues a Giấy khen, and the public ranking and award counts move.
 */
let browser: Browser;
const baseUrl = inject("baseUrl");
const artifacts = inject("artifactsDir");
const PASSWORD = "CongDoan@2026";
const YEAR = "2026-2027";
const MOVEMENT_NAME = "Thi đua “Dạy tốt – Học tốt” năm học 2026 – 2027 (kiểm thử)";
const TARGET = "Trên 90% CĐCS đạt “Tập thể lao động xuất sắc” (kiểm thử)";
const CLUSTER = "Cụm thi đua THCS – Mầm non (kiểm thử)";
const CLUSTER_DRAFT = "Cụm THCS (nháp, kiểm thử)";
const PUBLIC = "/api/public/ha-noi/m/emulation/scoreboards";

type Cell = string | number | { vi: string; en: string } | null;
interface Board {
  schoolYear?: string | null;
  rows: Record<string, Cell>[];
}

async function board(id: string): Promise<Board> {
  const res = await fetch(`${baseUrl}${PUBLIC}/${id}`, { headers: { "Cache-Control": "no-cache" } });
  expect(res.status).toBe(200);
  return (await res.json()) as Board;
}

const collectives = (b: Board) => b.rows.reduce((sum, r) => sum + Number(r.collective ?? 0), 0);

async function signIn(page: Page, username: string, target: string) {
  await page.goto(`${baseUrl}${target}`);
  await page.waitForURL(/\/dang-nhap/);
  await page.getByRole("textbox", { name: "Tên đăng nhập" }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => url.pathname === target);
}

async function newPage(problems: string[]) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(error.message));
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("emulation round, from a school to the public page", () => {
  it("registers, reports, accepts, awards, and the public ranking and award counts move", async () => {
    const rankingBefore = await board("cluster-ranking");
    expect(rankingBefore.schoolYear).not.toBe(YEAR);
    const awardsBefore = collectives(await board("awards"));

    const problems: string[] = [];

    // 0. The federation launches the district's movement on the "new movement" page: a wrong school
    //    year is refused with the message next to the field, then the movement is created with one
    //    criterion and a typed target.
    const admin = await newPage(problems);
    await signIn(admin, "admin.hanoi", "/t/ha-noi/m/emulation/phong-trao/moi");
    await admin.getByLabel("Tên phong trào").fill(MOVEMENT_NAME);
    await admin.getByLabel("Năm học / giai đoạn").fill("26-27");
    await admin.getByLabel("Đơn vị phát động").selectOption("ldld-thanh-xuan");
    // Dates are typed day/month/year whatever the phone's language: month-first is refused.
    await admin.getByLabel("Hạn đăng ký").fill("12/31/2099");
    await admin.getByLabel("Danh hiệu đăng ký").fill("Tập thể lao động xuất sắc");
    await admin.getByRole("button", { name: "+ Thêm tiêu chí" }).click();
    await admin.getByLabel("Tên tiêu chí").fill("Dạy tốt – Học tốt");
    await admin.getByLabel("Trọng số").fill("0");
    await admin.getByRole("button", { name: "+ Thêm chỉ tiêu" }).click();
    await admin.getByLabel("Nội dung chỉ tiêu").fill(TARGET);
    await admin.getByLabel("Kế hoạch").fill("90");
    await admin.getByRole("button", { name: "Phát động", exact: true }).click();
    await admin.locator("#em-c-weight-0-error", { hasText: "Phải là số lớn hơn 0" }).waitFor();
    await admin.locator("#em-m-deadline-error", { hasText: "Ngày không hợp lệ" }).waitFor();
    await admin.getByLabel("Hạn đăng ký").fill("31/12/2099");
    await admin.getByLabel("Trọng số").fill("1");
    await admin.getByRole("button", { name: "Phát động", exact: true }).click();
    await admin.locator("#em-m-period-error", { hasText: "Năm học hoặc giai đoạn không đọc được" }).waitFor();
    await admin.screenshot({ path: join(artifacts, "emulation-new-movement-error.png"), fullPage: true });
    await admin.getByLabel("Năm học / giai đoạn").fill(`Năm học ${YEAR}`);
    await admin.getByRole("button", { name: "Phát động", exact: true }).click();
    await admin.waitForURL(
      (url) => /\/phong-trao\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/moi"),
    );
    const movementPage = new URL(admin.url()).pathname;
    const MOVEMENT = movementPage.split("/").at(-1)!;
    expect(MOVEMENT).toMatch(/-2026-2027$/);
    expect(MOVEMENT).not.toMatch(/2026-2027.*2026-2027/);
    await admin.getByRole("heading", { name: MOVEMENT_NAME }).waitFor();
    // The language switch changes the page body at once, both ways, without a reload.
    await admin.getByRole("button", { name: "English" }).click();
    await admin.getByRole("link", { name: "← Back" }).waitFor();
    await admin.getByRole("link", { name: "Edit movement" }).waitFor();
    await admin.locator("dt", { hasText: "Registration deadline" }).waitFor();
    await admin.getByRole("button", { name: "Tiếng Việt" }).click();
    await admin.getByRole("link", { name: "← Quay lại" }).waitFor();
    await admin.locator("dt", { hasText: "Hạn đăng ký" }).waitFor();

    // The typed target is revised on the targets page; the old wording stays in the history.
    await admin.getByRole("link", { name: "Chỉ tiêu và kết quả" }).click();
    await admin.getByText("Chưa có số liệu").first().waitFor();
    await admin.getByRole("button", { name: "Điều chỉnh", exact: true }).click();
    await admin.getByRole("button", { name: "Lưu điều chỉnh" }).click();
    await admin.getByText("Hãy ghi lý do điều chỉnh chỉ tiêu").waitFor();
    await admin.locator('[id^="em-rv-name-"]').fill(`${TARGET} (điều chỉnh)`);
    await admin.getByLabel("Lý do điều chỉnh").fill("Theo hướng dẫn mới của LĐLĐ thành phố");
    await admin.getByRole("button", { name: "Lưu điều chỉnh" }).click();
    await admin.getByText("Lịch sử điều chỉnh (1)").waitFor();
    await admin.screenshot({ path: join(artifacts, "emulation-targets.png"), fullPage: true });

    // Two tabs edit the movement: the later save meets "someone else changed this; reload".
    const DESCRIPTION = "Phong trào của LĐLĐ quận Thanh Xuân (kiểm thử).";
    await admin.goto(`${baseUrl}${movementPage}/sua`);
    await admin.getByLabel("Mô tả").waitFor();
    const otherTab = await admin.context().newPage();
    otherTab.on("pageerror", (error) => problems.push(error.message));
    await otherTab.goto(`${baseUrl}${movementPage}/sua`);
    await otherTab.getByLabel("Mô tả").fill(DESCRIPTION);
    await otherTab.getByRole("button", { name: "Lưu thay đổi" }).click();
    await otherTab.waitForURL((url) => url.pathname === movementPage);
    await otherTab.getByText(DESCRIPTION).waitFor();
    await otherTab.close();
    await admin.getByLabel("Mô tả").fill("Một mô tả khác");
    await admin.getByRole("button", { name: "Lưu thay đổi" }).click();
    await admin.getByText("Người khác vừa sửa dữ liệu này").waitFor();
    await admin.screenshot({ path: join(artifacts, "emulation-edit-conflict.png"), fullPage: true });
    await admin.getByRole("button", { name: "Tải lại trang" }).click();
    await expect.poll(() => admin.getByLabel("Mô tả").inputValue(), { timeout: 10_000 }).toBe(DESCRIPTION);

    // The federation puts Nhân Chính and Hoa Sữa in a cluster for the year, on the clusters page.
    await admin.goto(`${baseUrl}/t/ha-noi/m/emulation/cum-thi-dua`);
    // The year is chosen, not typed: the latest year with clusters first, the current one offered.
    await expect.poll(() => admin.getByLabel("Năm học").inputValue()).toBe("2022-2023");
    await admin.getByLabel("Năm học").selectOption(YEAR);
    await admin.getByText("Năm học này chưa có cụm thi đua.").waitFor();
    await admin.getByLabel("Tên cụm").fill(CLUSTER_DRAFT);
    await admin.getByLabel("Tìm đơn vị").fill("Nhân Chính");
    await admin.getByLabel(/THCS Nhân Chính/).check();
    await admin.getByLabel("Tìm đơn vị").fill("Hoa Sữa");
    await admin.getByLabel(/Hoa Sữa/).check();
    await admin.getByRole("button", { name: "Lập cụm" }).click();
    await admin.locator(".card__title", { hasText: CLUSTER_DRAFT }).waitFor();

    // The cluster is edited in two tabs: one removes Hoa Sữa, the other's rename (made on the old
    // version) meets "someone else changed this; reload"; after the reload the rename goes through.
    const editCluster = async (page: Page) => {
      await page
        .locator(".card", { hasText: CLUSTER_DRAFT })
        .getByRole("button", { name: "Sửa cụm" })
        .click();
      await page.getByRole("heading", { name: `Sửa cụm: ${CLUSTER_DRAFT}` }).waitFor();
    };
    await editCluster(admin);
    const clusterTab = await admin.context().newPage();
    clusterTab.on("pageerror", (error) => problems.push(error.message));
    await clusterTab.goto(`${baseUrl}/t/ha-noi/m/emulation/cum-thi-dua`);
    await clusterTab.getByLabel("Năm học").selectOption(YEAR);
    await editCluster(clusterTab);
    await clusterTab.getByLabel("Tìm đơn vị").fill("Hoa Sữa");
    await clusterTab.getByLabel(/Hoa Sữa/).uncheck();
    await clusterTab.getByRole("button", { name: "Lưu cụm" }).click();
    await clusterTab.locator(".card", { hasText: CLUSTER_DRAFT }).getByText("1 đơn vị").waitFor();
    await clusterTab.close();
    await admin.getByLabel("Tên cụm").fill(CLUSTER);
    await admin.getByRole("button", { name: "Lưu cụm" }).click();
    await admin.getByText("Người khác vừa sửa dữ liệu này").waitFor();
    await admin.screenshot({ path: join(artifacts, "emulation-cluster-conflict.png"), fullPage: true });
    await admin.getByRole("button", { name: "Tải lại trang" }).click();
    await admin.getByLabel("Năm học").selectOption(YEAR);
    await editCluster(admin);
    await admin.getByLabel("Tên cụm").fill(CLUSTER);
    await admin.getByRole("button", { name: "Lưu cụm" }).click();
    const edited = admin.locator(".card", { hasText: CLUSTER });
    await edited.getByText(/1 đơn vị: .*Nhân Chính/).waitFor();
    expect(await edited.textContent()).not.toContain("Hoa Sữa");

    // 1. The school's officer registers and reports 9,5 points, then submits.
    const officer = await newPage(problems);
    await signIn(officer, "canbo.nhanchinh", movementPage);
    await officer.getByRole("heading", { name: "Đăng ký thi đua" }).waitFor();
    let registrationPosts = 0;
    officer.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/registrations")) registrationPosts++;
    });
    // The movement offers a title: the page asks for one before sending anything.
    const register = officer.getByRole("button", { name: "Đăng ký", exact: true });
    await register.click();
    await officer.locator("#em-reg-titles-error", { hasText: "Hãy chọn ít nhất một danh hiệu" }).waitFor();
    expect(registrationPosts).toBe(0);
    await officer.getByLabel("Tập thể lao động xuất sắc").check();
    // A double tap (two taps before the answer comes) sends one registration; the unit's status
    // then replaces the form.
    await register.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await officer.getByText("Đã đăng ký.").waitFor();
    await officer.getByText("Tình trạng đăng ký").waitFor();
    expect(registrationPosts).toBe(1);
    expect(await register.count()).toBe(0);
    await officer.getByRole("link", { name: /Báo cáo kết quả: .*Nhân Chính/ }).click();
    const resultPage = `${movementPage}/ket-qua/${YEAR}/tx-thcs-nhan-chinh`;
    await officer.waitForURL((url) => url.pathname === resultPage);
    await officer.getByLabel("Số liệu").fill("9,5");
    await officer.getByRole("button", { name: "Lưu nháp" }).click();
    await officer.getByText("Đã lưu.").waitFor();
    // Read back after a reload, the figure is written the Vietnamese way.
    await officer.reload();
    await expect.poll(() => officer.getByLabel("Số liệu").inputValue(), { timeout: 10_000 }).toBe("9,5");
    // The evidence goes from the browser straight to storage (the local stand-in of S3's presigned
    // POST, under CSP connect-src 'self'), then the result keeps it.
    await officer.getByLabel("Tệp minh chứng (PDF, ảnh, Word, Excel)").setInputFiles({
      name: "Biên bản bình xét thi đua.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4 biên bản bình xét"),
    });
    await officer.getByText("📎 Biên bản bình xét thi đua.pdf").waitFor();
    await officer.getByRole("button", { name: "Gửi lên cấp trên" }).click();
    await officer.getByRole("status").getByText("Đã gửi, chờ xét").waitFor();
    await officer.screenshot({ path: join(artifacts, "emulation-submitted.png"), fullPage: true });

    // 2. The district's reviewer accepts.
    const reviewer = await newPage(problems);
    await signIn(reviewer, "thamdinh.thanhxuan", resultPage);
    await reviewer.getByRole("button", { name: "Chấp nhận" }).click();
    await reviewer.getByRole("status").getByText("Đã chấp nhận").waitFor();

    // 2a. With a result accepted, the criteria are frozen: a weight change is refused and the edit
    //     page lists the result holding them, linked to it.
    await admin.goto(`${baseUrl}${movementPage}/sua`);
    await admin.getByLabel("Trọng số").fill("2");
    await admin.getByRole("button", { name: "Lưu thay đổi" }).click();
    await admin.getByText("Hãy trả lại các kết quả đó").waitFor();
    const holds = admin.locator("section.warning", { hasText: "Kết quả đang giữ tiêu chí" });
    await holds.getByRole("link", { name: /Nhân Chính/ }).waitFor();
    expect(await holds.getByRole("link", { name: /Nhân Chính/ }).getAttribute("href")).toContain(resultPage);
    await admin.screenshot({ path: join(artifacts, "emulation-criteria-frozen.png"), fullPage: true });

    // 2b. The school proposes itself for a Giấy khen of the district on the proposals page; the
    //     district's reviewer must give a reason to reject, and accepts instead.
    const REASON = "Dẫn đầu cụm thi đua năm học 2026 – 2027 (kiểm thử)";
    await officer.goto(`${baseUrl}/t/ha-noi/m/emulation/de-nghi`);
    await officer.getByLabel("Năm học", { exact: true }).fill(YEAR);
    await officer.getByLabel("Đề nghị cấp khen").selectOption("ldld-huyen");
    await officer.getByLabel("Phong trào", { exact: true }).selectOption({ label: MOVEMENT_NAME });
    await officer.getByLabel("Thành tích, lý do đề nghị").fill(REASON);
    await officer.getByRole("button", { name: "Gửi đề nghị" }).click();
    await officer.getByText("Đã gửi đề nghị lên cấp trên.").waitFor();
    await reviewer.goto(`${baseUrl}/t/ha-noi/m/emulation/de-nghi`);
    const proposal = reviewer.locator(".record", { hasText: REASON });
    await proposal.getByText("Chờ xét").waitFor();
    await proposal.getByRole("button", { name: "Không chấp nhận" }).click();
    await proposal.getByText("Hãy ghi lý do không chấp nhận").waitFor();
    await proposal.getByRole("button", { name: "Chấp nhận", exact: true }).click();
    await proposal.getByText("Đã chấp nhận").waitFor();
    await reviewer.screenshot({ path: join(artifacts, "emulation-proposals.png"), fullPage: true });

    // 2c. A Bằng khen of the city travels up: the district cannot grant it, so it forwards it with its
    //     comment; the city federation accepts; the school sees the status and the trail.
    const REASON_CITY = "Hai năm liền dẫn đầu cụm (kiểm thử)";
    const FORWARD_NOTE = "LĐLĐ quận nhất trí, đề nghị LĐLĐ thành phố tặng Bằng khen (kiểm thử)";
    await officer.getByLabel("Năm học", { exact: true }).fill(YEAR);
    await officer.getByLabel("Đề nghị cấp khen").selectOption("ldld-tinh");
    await officer.getByLabel("Thành tích, lý do đề nghị").fill(REASON_CITY);
    await officer.locator("#em-pl-form-0").selectOption("bang-khen");
    await officer.getByRole("button", { name: "Gửi đề nghị" }).click();
    await officer.getByText("Đã gửi đề nghị lên cấp trên.").waitFor();
    await reviewer.reload();
    const upward = reviewer.locator(".record", { hasText: REASON_CITY });
    await upward.getByText(/Chuyển lên: Liên đoàn Lao động thành phố Hà Nội/).waitFor();
    expect(await upward.getByRole("button", { name: "Chấp nhận", exact: true }).count()).toBe(0);
    await upward.getByRole("button", { name: "Chuyển lên cấp trên" }).click();
    await upward.getByText("Hãy ghi ý kiến của đơn vị khi chuyển lên").waitFor();
    await upward.getByLabel("Ý kiến của đơn vị").fill(FORWARD_NOTE);
    // The district adds a teacher of the school to the list it sends up.
    await upward.getByRole("button", { name: "+ Bổ sung người, tập thể của đơn vị" }).click();
    await upward.locator('select[id$="-form-0"]').selectOption("bang-khen");
    await upward.locator('select[id$="-rec-0"]').selectOption("individual");
    await upward.locator('select[id$="-unit-0"]').selectOption("tx-thcs-nhan-chinh");
    await upward.getByLabel("Họ và tên").fill("Nguyễn Thị Lan");
    await reviewer.screenshot({ path: join(artifacts, "emulation-proposal-forward.png"), fullPage: true });
    await upward.getByRole("button", { name: "Chuyển lên cấp trên" }).click();
    await upward.getByText(FORWARD_NOTE).waitFor();
    await admin.goto(`${baseUrl}/t/ha-noi/m/emulation/de-nghi`);
    const atCity = admin.locator(".record", { hasText: REASON_CITY });
    await atCity.getByText(FORWARD_NOTE).waitFor();
    await atCity.getByText(/Nguyễn Thị Lan \(CĐCS Trường THCS Nhân Chính\): Bằng khen/).waitFor();
    await atCity.getByText(/bổ sung 1 đề nghị/).waitFor();
    // "Only those waiting for me" is asked of the server: the proposal the district already
    // accepted leaves the list, the one waiting at the city stays.
    const accepted = admin.locator(".record", { hasText: REASON });
    await accepted.first().waitFor();
    await admin.getByLabel("Chỉ đề nghị chờ tôi xét").check();
    await expect.poll(() => accepted.count(), { timeout: 10_000 }).toBe(0);
    await atCity.getByText(FORWARD_NOTE).waitFor();
    await admin.getByLabel("Chỉ đề nghị chờ tôi xét").uncheck();
    await accepted.first().waitFor();
    await atCity.getByRole("button", { name: "Chấp nhận", exact: true }).click();
    await atCity.getByText("Đã chấp nhận").waitFor();
    await officer.reload();
    const mine = officer.locator(".record", { hasText: REASON_CITY });
    await mine.getByText("Đã chấp nhận").waitFor();
    await mine.getByText(FORWARD_NOTE).waitFor();
    await officer.screenshot({ path: join(artifacts, "emulation-proposal-trail.png"), fullPage: true });

    // 3. The city federation issues a Giấy khen to the school.
    await admin.goto(`${baseUrl}/t/ha-noi/m/emulation/khen-thuong/moi`);
    await admin.getByLabel("Số quyết định").fill("1234/QĐ-LĐLĐ");
    await admin.getByLabel("Người ký").fill("Chủ tịch LĐLĐ thành phố");
    await admin.getByLabel("Cấp khen").selectOption("ldld-tinh");
    await admin.getByLabel("Năm học").fill(YEAR);
    await admin.getByLabel("Đơn vị ra quyết định").selectOption("ha-noi");
    await admin.locator("#em-l-unit-0").selectOption("tx-thcs-nhan-chinh");
    await admin.getByRole("button", { name: "Ban hành quyết định" }).click();
    await admin.getByText("Đã ban hành quyết định số 1234/QĐ-LĐLĐ.").waitFor();

    // 4. The public boards: the new year's ranking with the school first, one more collective award.
    const ourRow = async () => {
      const ranking = await board("cluster-ranking");
      return ranking.schoolYear === YEAR
        ? ranking.rows.find((r) => r.movement === MOVEMENT_NAME && String(r.unit).includes("Nhân Chính"))
        : undefined;
    };
    await expect
      .poll(ourRow, { timeout: 20_000, interval: 1_000 })
      .toMatchObject({ rank: 1, score: 95, cluster: CLUSTER });
    await expect
      .poll(async () => collectives(await board("awards")), { timeout: 20_000, interval: 1_000 })
      .toBe(awardsBefore + 1);

    const visitor = await newPage(problems);
    await visitor.goto(`${baseUrl}/p/ha-noi/emulation/cluster-ranking`);
    await visitor
      .getByText(/2026–2027/)
      .first()
      .waitFor();
    await visitor
      .getByText(/Nhân Chính/)
      .first()
      .waitFor();
    await visitor.screenshot({ path: join(artifacts, "emulation-public-ranking.png"), fullPage: true });
    await visitor.goto(`${baseUrl}/p/ha-noi/emulation/awards`);
    await visitor.getByText(/LĐLĐ/).first().waitFor();
    expect(problems).toEqual([]);
  });
});
