import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { registeredPlugins } from "../functions/api/src/plugin-host/registry";
import { launchBrowser } from "./browser";

let browser: Browser;
const baseUrl = inject("baseUrl");
const artifacts = inject("artifactsDir");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Ids unique per run, so the journey can run again against the same table.
const stamp = Date.now().toString(36);
const district = { id: `e2e-quan-${stamp}`, name: `LĐLĐ quận Thử Nghiệm ${stamp}` };
const school = { id: `e2e-cdcs-${stamp}`, name: `CĐCS Trường THCS Thử Nghiệm ${stamp}` };

/**
 * The browser logs every 401 as "Failed to load resource": the session check on load (no cookie yet)
 * and the check after logout answer 401 by design. Anything else is a problem.
 */
const EXPECTED_401 = /Failed to load resource: the server responded with a status of 401/;

async function openPhonePage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && !EXPECTED_401.test(msg.text())) problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, problems };
}

/** On phones the navigation sits behind the "Danh mục" button. */
async function openMenu(page: Page) {
  const button = page.getByRole("button", { name: "Danh mục" });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}

/** Selects a unit in the tree and waits for its action panel. */
async function selectUnit(page: Page, name: string) {
  // Click the unit's own row: the middle of a treeitem's box may be one of its children.
  await page.getByRole("tree").getByText(name, { exact: true }).click();
  await page.getByRole("heading", { level: 2, name, exact: true }).waitFor();
}

/** "Thêm đơn vị trực thuộc" on the selected unit, filled in and saved. */
async function addChild(
  page: Page,
  unit: { id: string; name: string },
  extra?: (dialog: Page) => Promise<void>,
) {
  await page.getByRole("button", { name: "Thêm đơn vị trực thuộc" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Tên đơn vị" }).fill(unit.name);
  await dialog.getByRole("textbox", { name: "Mã đơn vị" }).fill(unit.id);
  await extra?.(page);
  await dialog.getByRole("button", { name: "Thêm đơn vị" }).click();
  await page.getByText(`Đã thêm đơn vị “${unit.name}”.`).waitFor();
  // The new unit is selected, so its panel shows.
  await page.getByRole("heading", { level: 2, name: unit.name, exact: true }).waitFor();
}

describe("federation administration, as the Hà Nội admin on a phone", () => {
  it("signs in, builds and moves units, imports members, checks modules and signs out", async () => {
    const { page, problems } = await openPhonePage();

    // 1. A protected page sends to the login page and comes back after login.
    await page.goto(`${baseUrl}/t/ha-noi/don-vi`);
    await page.waitForURL(/\/t\/ha-noi\/dang-nhap\?next=/);
    await page.getByRole("heading", { level: 1, name: "Đăng nhập" }).waitFor();
    await page.getByRole("textbox", { name: "Tên đăng nhập" }).fill("admin.hanoi");
    await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill("CongDoan@2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(/\/t\/ha-noi\/don-vi$/);
    await page.getByRole("button", { name: /Quản trị LĐLĐ Hà Nội/ }).waitFor();
    await page.getByRole("tree", { name: "Cây đơn vị" }).waitFor();

    // 2. Accent-free search finds a school deep in the tree.
    await page.getByRole("searchbox", { name: "Tìm theo tên" }).fill("nhan chinh");
    await page.getByRole("treeitem", { name: "CĐCS Trường THCS Nhân Chính" }).waitFor();
    await page.getByRole("searchbox", { name: "Tìm theo tên" }).fill("");

    // 3. A district federation under the city federation, and a school union under it.
    await selectUnit(page, "Liên đoàn Lao động thành phố Hà Nội");
    await addChild(page, district);
    await addChild(page, school, async (p) => {
      const dialog = p.getByRole("dialog");
      expect(await dialog.getByRole("combobox", { name: "Loại đơn vị" }).inputValue()).toBe("cdcs");
      await dialog.getByRole("combobox", { name: "Cấp học" }).selectOption("thcs");
      await dialog.getByRole("combobox", { name: "Loại hình" }).selectOption("public");
    });
    await page.screenshot({ path: join(artifacts, "admin-units-created.png"), fullPage: true });

    // 4. Move the school union to Phú Xuyên; its own subtree is never offered.
    await page.getByRole("button", { name: "Chuyển đến…" }).click();
    const move = page.getByRole("dialog");
    await move.getByRole("searchbox", { name: "Tìm đơn vị" }).fill("phu xuyen");
    await move.getByRole("radio", { name: /^LĐLĐ huyện Phú Xuyên/ }).check();
    await move.getByRole("searchbox", { name: "Tìm đơn vị" }).fill(stamp);
    expect(await move.getByRole("radio", { name: new RegExp(school.name) }).count()).toBe(0);
    await move.getByRole("button", { name: "Chuyển đơn vị" }).click();
    await page.getByText(`Đã chuyển “${school.name}” về trực thuộc “LĐLĐ huyện Phú Xuyên”.`).waitFor();

    // 5. Its detail page shows the new place in the tree.
    await page.getByRole("link", { name: "Xem chi tiết" }).click();
    await page.waitForURL(new RegExp(`/t/ha-noi/don-vi/${school.id}$`));
    const breadcrumb = page.getByRole("navigation", { name: "Vị trí trong cây" });
    await breadcrumb.getByRole("link", { name: "LĐLĐ huyện Phú Xuyên" }).waitFor();

    // 6. Import members into it from a CSV file: two good rows and one with an impossible date.
    const dir = mkdtempSync(join(tmpdir(), "congdoan-e2e-"));
    const csv = join(dir, "doan-vien.csv");
    writeFileSync(
      csv,
      [
        "\uFEFFMã đoàn viên,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Ngày vào công đoàn,Trạng thái,Điện thoại,Email",
        `E2E-${stamp}-1,Nguyễn Thị Thu Hà,Nữ,05/09/1985,${school.id},Giáo viên,01/09/2008,Đang sinh hoạt,0912345678,`,
        `E2E-${stamp}-2,Trần Văn Bình,Nam,12/03/1979,${school.id},Hiệu trưởng,15/10/2001,Đang sinh hoạt,,`,
        `E2E-${stamp}-3,Lê Văn Lỗi,Nam,31/02/1990,${school.id},Nhân viên,,Đang sinh hoạt,,`,
      ].join("\r\n"),
    );
    await page.getByRole("link", { name: "Đoàn viên", exact: true }).first().click();
    await page.waitForURL(/\/t\/ha-noi\/doan-vien\?unitId=/);
    await page.getByRole("link", { name: "Nhập từ tệp" }).click();
    await page.waitForURL(/\/t\/ha-noi\/doan-vien\/nhap/);
    await page.getByLabel(/Tệp danh sách/).setInputFiles(csv);
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await page.getByRole("heading", { level: 2, name: "Kiểm tra" }).waitFor();
    const errors = page.getByRole("table", { name: "Các lỗi trong tệp" });
    await errors.waitFor();
    expect(await errors.getByRole("row").count()).toBeGreaterThanOrEqual(2);
    await errors.getByRole("cell", { name: "4", exact: true }).waitFor();
    await page.screenshot({ path: join(artifacts, "admin-import-preview.png"), fullPage: true });
    await page.getByRole("button", { name: "Nhập 2 dòng hợp lệ" }).click();
    await page.getByRole("heading", { level: 2, name: "Kết quả" }).waitFor();
    await page.getByRole("link", { name: "Xem danh sách đoàn viên" }).click();
    await page.getByRole("heading", { level: 3, name: "Nguyễn Thị Thu Hà" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Trần Văn Bình" }).waitFor();
    expect(await page.getByRole("heading", { level: 3, name: "Lê Văn Lỗi" }).count()).toBe(0);

    // 6b. Edit a member: a bad name is refused next to its field, and nothing is saved until it is fixed.
    await page.getByRole("button", { name: "Sửa Trần Văn Bình" }).click();
    const edit = page.getByRole("dialog");
    const nameField = edit.getByRole("textbox", { name: /Họ và tên/ });
    await nameField.fill("B");
    await edit.getByRole("button", { name: "Lưu" }).click();
    await edit.getByText("Họ và tên cần ít nhất 2 ký tự.").waitFor();
    await edit.getByText("Vui lòng sửa các trường được đánh dấu.").waitFor();
    expect(await nameField.getAttribute("aria-invalid")).toBe("true");
    await nameField.fill("Trần Văn Bình Minh");
    await edit.getByRole("button", { name: "Lưu" }).click();
    await edit.waitFor({ state: "detached" });
    await page.getByRole("heading", { level: 3, name: "Trần Văn Bình Minh" }).waitFor();

    // 7. Modules: switch the first one on and find it in the navigation — or, with none, the empty state.
    await openMenu(page);
    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Cài đặt mô-đun" })
      .click();
    await page.waitForURL(/\/t\/ha-noi\/cai-dat$/);
    await page.getByRole("heading", { level: 1, name: "Cài đặt mô-đun" }).waitFor();
    await page.locator('[role="switch"], .status--empty').first().waitFor();
    if (registeredPlugins.length === 0) {
      // Only a product without any module may show the empty state.
      await page.getByText("Hệ thống chưa có mô-đun nào để bật.").waitFor();
    } else {
      // The demo seed switches modules on: turn the first one off (it leaves the navigation), then on again.
      const first = page.getByRole("switch").first();
      const titleId = (await first.getAttribute("aria-labelledby")) ?? "";
      const title = ((await page.locator(`[id="${titleId}"]`).textContent()) ?? "").trim();
      const toggle = page.locator(`[role="switch"][aria-labelledby="${titleId}"]`);
      const navLink = () =>
        page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: title });
      if ((await toggle.getAttribute("aria-checked")) === "true") {
        await toggle.click();
        // Switching off is asked first.
        await page.getByRole("dialog").getByRole("button", { name: "Tắt mô-đun" }).click();
        await page.locator(`[role="switch"][aria-checked="false"][aria-labelledby="${titleId}"]`).waitFor();
        await openMenu(page);
        await navLink().waitFor({ state: "detached" });
        await openMenu(page);
      }
      await toggle.click();
      await page.locator(`[role="switch"][aria-checked="true"][aria-labelledby="${titleId}"]`).waitFor();
      await openMenu(page);
      await navLink().waitFor();
    }
    await page.screenshot({ path: join(artifacts, "admin-settings.png"), fullPage: true });

    // 8. Sign out: the session is gone, protected pages ask for a login again.
    await page.getByRole("button", { name: /Quản trị LĐLĐ Hà Nội/ }).click();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.waitForURL(/\/t\/ha-noi\/dang-nhap/);
    await page.goto(`${baseUrl}/t/ha-noi/doan-vien`);
    await page.waitForURL(/\/t\/ha-noi\/dang-nhap\?next=/);

    expect(problems).toEqual([]);
    await page.close();
  });

  it("keeps a member role out of the administration pages", async () => {
    const { page, problems } = await openPhonePage();
    await page.goto(`${baseUrl}/t/ha-noi/dang-nhap`);
    await page.getByRole("textbox", { name: "Tên đăng nhập" }).fill("doanvien.nhanchinh");
    await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill("CongDoan@2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(/\/t\/ha-noi$/);
    await page.getByRole("heading", { level: 1, name: /Xin chào/ }).waitFor();
    // Escape closes the phone menu.
    await openMenu(page);
    await page.keyboard.press("Escape");
    await page.locator('button[aria-controls][aria-expanded="false"]', { hasText: "Danh mục" }).waitFor();
    await openMenu(page);
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await nav.getByRole("link", { name: "Đơn vị" }).waitFor();
    expect(await nav.getByRole("link", { name: "Đoàn viên" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Tài khoản" }).count()).toBe(0);
    // Modules: only those the member holds a permission of are offered; the others say so when typed in.
    await nav.getByRole("link", { name: "Thi đua – Khen thưởng" }).waitFor();
    expect(await nav.getByRole("link", { name: "Học bổng" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Quy chế dân chủ" }).count()).toBe(0);
    await page.goto(`${baseUrl}/t/ha-noi/tai-khoan`);
    await page.getByRole("heading", { level: 1, name: "Không có quyền truy cập" }).waitFor();
    await page.goto(`${baseUrl}/t/ha-noi/m/scholarships`);
    await page.getByRole("heading", { level: 1, name: "Không có quyền truy cập" }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
