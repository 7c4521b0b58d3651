import { createWriteStream, readFileSync } from "node:fs";
import { finished } from "node:stream/promises";
import { type Db, exportTenant, importTenant, TenantRegistry, UnitRepository } from "@congdoan/db";
import type { AnyPlugin } from "@congdoan/plugin-sdk";
import { generatePassword } from "../identity/passwords";
import { provisionAccount } from "../identity/provision";
import { PLATFORM_TENANT_ID } from "../platform/platform-tenant";
import { switchModule } from "../tenants/module-switch";

export type Say = (line: string) => void;
type Command = (
  db: Db,
  args: Record<string, string>,
  say: Say,
  plugins: readonly AnyPlugin[],
) => Promise<void>;

/**
 * What an operator does from a terminal, against DynamoDB Local or a deployed table alike. Each
 * command is a function, so the CLI stays a thin argument parser and tests call them directly.
 */
export const commands: Record<string, Command> = {
  async "list-tenants"(db: Db, _args: Record<string, string>, say: Say) {
    const tenants = await new TenantRegistry(db).list();
    if (tenants.length === 0) say("Chưa có liên đoàn nào.");
    for (const t of tenants) say(`${t.id}\t${t.name}`);
  },

  async "create-platform-admin"(db: Db, args: Record<string, string>, say: Say) {
    const username = need(args, "username");
    const password = generatePassword();
    const result = await provisionAccount(db, PLATFORM_TENANT_ID, {
      username,
      displayName: args.name ?? "Quản trị hệ thống",
      password,
      grants: [{ role: "platform-admin", unitId: PLATFORM_TENANT_ID }],
    });
    say(
      result === "created"
        ? `Đã tạo ${username}; mật khẩu ban đầu: ${password}`
        : `${username} đã có, không đổi gì.`,
    );
  },

  async "create-tenant"(db: Db, args: Record<string, string>, say: Say) {
    const id = need(args, "id");
    if (id === PLATFORM_TENANT_ID) throw new Error("“platform” is reserved");
    const name = need(args, "name");
    const registry = new TenantRegistry(db);
    await registry.create({
      id,
      name,
      shortName: args["short-name"] ?? name,
      status: "active",
      schoolYear: { startMonth: 9, startDay: 5 },
      modules: {},
    });
    await new UnitRepository(registry.store(id)).create({
      id,
      name,
      kind: "ldld",
      parentId: null,
      memberCount: 0,
      status: "active",
    });
    const username = need(args, "admin");
    const password = generatePassword();
    await provisionAccount(db, id, {
      username,
      displayName: args["admin-name"] ?? `Quản trị ${name}`,
      password,
      grants: [{ role: "federation-admin", unitId: id }],
    });
    say(`Đã tạo liên đoàn ${id} và quản trị viên ${username}; mật khẩu ban đầu: ${password}`);
  },

  async "enable-module"(db: Db, args: Record<string, string>, say: Say, plugins: readonly AnyPlugin[]) {
    const settings = args.settings ? (JSON.parse(args.settings) as unknown) : undefined;
    await switchModule(db, plugins, need(args, "tenant"), need(args, "module"), {
      enabled: true,
      ...(settings ? { settings } : {}),
    });
    say(`Đã bật mô-đun ${args.module} cho ${args.tenant}.`);
  },

  async "disable-module"(db: Db, args: Record<string, string>, say: Say, plugins: readonly AnyPlugin[]) {
    await switchModule(db, plugins, need(args, "tenant"), need(args, "module"), { enabled: false });
    say(`Đã tắt mô-đun ${args.module} cho ${args.tenant} (dữ liệu vẫn được giữ).`);
  },

  async "export-tenant"(db: Db, args: Record<string, string>, say: Say) {
    const tenant = need(args, "tenant");
    await new TenantRegistry(db).get(tenant);
    const out = need(args, "out");
    const file = createWriteStream(out, { encoding: "utf8" });
    let lines = 0;
    for await (const line of exportTenant(db, tenant)) {
      if (!file.write(`${line}\n`)) await new Promise<void>((r) => file.once("drain", () => r()));
      lines++;
    }
    file.end();
    await finished(file);
    say(`Đã xuất ${lines} bản ghi của ${tenant} vào ${out}.`);
  },

  async "import-tenant"(db: Db, args: Record<string, string>, say: Say) {
    const tenant = need(args, "tenant");
    const lines = readFileSync(need(args, "in"), "utf8").split("\n");
    const count = await importTenant(db, tenant, lines);
    say(`Đã nạp ${count} bản ghi vào ${tenant}.`);
  },
};

export type CommandName = string;

function need(args: Record<string, string>, name: string): string {
  const value = args[name];
  if (!value) throw new Error(`missing --${name}`);
  return value;
}
