import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
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

/** A phone-sized page that records console errors, so a CSP violation or a crash fails the journey. */
async function openPhonePage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, problems };
}

describe("public portal of a federation, as a visitor on a phone", () => {
  it("finds LĐLĐ Hà Nội from the landing page and sees its portal in Vietnamese", async () => {
    const { page, problems } = await openPhonePage();
    await page.goto(`${baseUrl}/`);
    const link = page.getByRole("link", { name: /LĐLĐ Hà Nội|Liên đoàn Lao động thành phố Hà Nội/ });
    await link.first().click();
    await page.waitForURL(/\/p\/ha-noi$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Liên đoàn Lao động thành phố Hà Nội");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    await page.getByText("Bảng số liệu công khai").first().waitFor();
    await page.screenshot({ path: join(artifacts, "portal-ha-noi-vi.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("switches to English and keeps the choice after a reload", async () => {
    const { page, problems } = await openPhonePage();
    await page.goto(`${baseUrl}/p/ha-noi`);
    await page.locator("h1").waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText("Public scoreboards").first().waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.reload();
    await page.getByText("Public scoreboards").first().waitFor();
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await page.getByText("Bảng số liệu công khai").first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says in Vietnamese that an unknown federation does not exist", async () => {
    const { page } = await openPhonePage();
    await page.goto(`${baseUrl}/p/ha-tay`);
    await page.getByText("Không tìm thấy liên đoàn lao động có mã “ha-tay”.").first().waitFor();
    await page.close();
  });

  it("serves the SPA with a strict content security policy", async () => {
    const res = await fetch(`${baseUrl}/p/dak-nong`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await res.text()).toContain('<div id="root"');
  });

  it("answers 404 for the API's own root and for a file that is not there, not the app's page", async () => {
    for (const path of ["/api", "/api/nowhere", "/assets/nope-3f2a.js"]) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('<div id="root"');
    }
    expect((await fetch(`${baseUrl}/t/ha-noi/doan-vien`)).status).toBe(200);
  });
});
