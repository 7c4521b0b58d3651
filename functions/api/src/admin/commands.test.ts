import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TenantRegistry } from "@congdoan/db";
import { createTestDb } from "@congdoan/local/test-setup";
import { guestbookPlugin } from "@congdoan/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import { createApp } from "../app";
import { commands } from "./commands";

describe("operator commands", () => {
  it("bootstrap a platform admin and a federation whose admin can sign in; switch a module; export and import", async () => {
    const db = await createTestDb("admin_cli");
    const lines: string[] = [];
    const say = (line: string) => lines.push(line);
    await commands["create-platform-admin"]!(db, { username: "admin.hethong" }, say, []);
    await commands["create-tenant"]!(
      db,
      {
        id: "lam-dong",
        name: "Liên đoàn Lao động tỉnh Lâm Đồng",
        "short-name": "LĐLĐ Lâm Đồng",
        admin: "admin.lamdong",
      },
      say,
      [],
    );
    const password = /mật khẩu ban đầu: (\S+)/.exec(lines[1]!)![1]!;
    const { app } = createApp({ db, plugins: [guestbookPlugin] });
    const login = await app.request("/api/t/lam-dong/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "admin.lamdong", password }),
    });
    expect(login.status).toBe(200);

    await commands["enable-module"]!(
      db,
      { tenant: "lam-dong", module: "guestbook", settings: '{"pageSize":5}' },
      say,
      [guestbookPlugin],
    );
    expect((await new TenantRegistry(db).get("lam-dong")).data.modules.guestbook).toEqual({
      enabled: true,
      settings: { pageSize: 5, greeting: "Xin chào" },
    });
    await expect(
      commands["enable-module"]!(
        db,
        { tenant: "lam-dong", module: "guestbook", settings: '{"pageSize":500}' },
        say,
        [guestbookPlugin],
      ),
    ).rejects.toThrow();

    const out = join(mkdtempSync(join(tmpdir(), "cds-")), "lam-dong.jsonl");
    await commands["export-tenant"]!(db, { tenant: "lam-dong", out }, say, []);
    expect(readFileSync(out, "utf8").trim().split("\n").length).toBeGreaterThan(3);
    const fresh = await createTestDb("admin_cli_import");
    await commands["import-tenant"]!(fresh, { tenant: "lam-dong", in: out }, say, []);
    expect((await new TenantRegistry(fresh).get("lam-dong")).data.modules.guestbook?.enabled).toBe(true);
    await commands["list-tenants"]!(fresh, {}, say, []);
    expect(lines.at(-1)).toBe("lam-dong\tLiên đoàn Lao động tỉnh Lâm Đồng");
  });
});
