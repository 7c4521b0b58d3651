import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../../e2e/browser";

/**
 * An emulation round of Thanh Xuân, from a school to the public page: LĐLĐ quận Thanh Xuân launches a
 * movement for the school year and puts THCS Nhân Chính in a cluster; the school's officer registers
 * and reports through the module's pages, the district's reviewer accepts, the city federation
 * issues a Giấy khen, and the public ranking and award counts move.
 */
let browser: Browser;
const baseUrl = inject("baseUrl");
const artifacts = inject("artifactsDir");
const PASSWORD = "CongDoan@2026";
const YEAR = "2026-2027";
const MOVEMENT = "tx-e2e-day-tot-2026-2027";
const MOVEMENT_NAME = "Thi đua “Dạy tốt – Học tốt” năm học 2026 – 2027 (kiểm thử)";
const CLUSTER = "Cụm thi đua THCS – Mầm non (kiểm thử)";
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

async function api(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${baseUrl}/api/t/ha-noi/m/emulation${path}`, {
    method,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

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

    // The district's movement for the year (the page to create movements is not built yet).
    const login = await fetch(`${baseUrl}/api/t/ha-noi/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "admin.hanoi", password: PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    await api(accessToken, "POST", "/movements", {
      id: MOVEMENT,
      name: MOVEMENT_NAME,
      period: YEAR,
      ownerUnitId: "ldld-thanh-xuan",
      audience: { unitKinds: ["cdcs"], people: "units" },
      criteria: [{ id: "day-tot", name: "Dạy tốt – Học tốt", weight: 1, maxScore: 10, measure: "score" }],
      titles: ["Tập thể lao động xuất sắc"],
      registrationDeadline: "2099-12-31",
    });

    const problems: string[] = [];

    // 0. The federation puts Nhân Chính and Hoa Sữa in a cluster for the year, on the clusters page.
    const admin = await newPage(problems);
    await signIn(admin, "admin.hanoi", "/t/ha-noi/m/emulation/cum-thi-dua");
    await admin.getByLabel("Năm học").fill(YEAR);
    await admin.getByLabel("Năm học").press("Tab");
    await admin.getByText("Năm học này chưa có cụm thi đua.").waitFor();
    await admin.getByLabel("Tên cụm").fill(CLUSTER);
    await admin.getByLabel("Tìm đơn vị").fill("Nhân Chính");
    await admin.getByLabel(/THCS Nhân Chính/).check();
    await admin.getByLabel("Tìm đơn vị").fill("Hoa Sữa");
    await admin.getByLabel(/Hoa Sữa/).check();
    await admin.getByRole("button", { name: "Lập cụm" }).click();
    await admin.locator(".card__title", { hasText: CLUSTER }).waitFor();

    // 1. The school's officer registers and reports 9,5 points, then submits.
    const officer = await newPage(problems);
    const movementPage = `/t/ha-noi/m/emulation/phong-trao/${MOVEMENT}`;
    await signIn(officer, "canbo.nhanchinh", movementPage);
    await officer.getByRole("heading", { name: "Đăng ký thi đua" }).waitFor();
    await officer.getByLabel("Tập thể lao động xuất sắc").check();
    await officer.getByRole("button", { name: "Đăng ký", exact: true }).click();
    await officer.getByText("Đã đăng ký.").waitFor();
    await officer.getByRole("link", { name: /Báo cáo kết quả: .*Nhân Chính/ }).click();
    const resultPage = `${movementPage}/ket-qua/${YEAR}/tx-thcs-nhan-chinh`;
    await officer.waitForURL((url) => url.pathname === resultPage);
    await officer.getByLabel("Số liệu").fill("9,5");
    await officer.getByRole("button", { name: "Lưu nháp" }).click();
    await officer.getByText("Đã lưu.").waitFor();
    await officer.getByRole("button", { name: "Gửi lên cấp trên" }).click();
    await officer.getByRole("status").getByText("Đã gửi, chờ xét").waitFor();
    await officer.screenshot({ path: join(artifacts, "emulation-submitted.png"), fullPage: true });

    // 2. The district's reviewer accepts.
    const reviewer = await newPage(problems);
    await signIn(reviewer, "thamdinh.thanhxuan", resultPage);
    await reviewer.getByRole("button", { name: "Chấp nhận" }).click();
    await reviewer.getByRole("status").getByText("Đã chấp nhận").waitFor();

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
