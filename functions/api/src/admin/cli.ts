import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createDb, type Db } from "@congdoan/db";
import { ensureTable, type LocalDynamo, startDynamo } from "@congdoan/local";
import { dataDir } from "../local/paths";
import { registeredPlugins } from "../plugin-host/registry";
import { endpointFile } from "./cli-paths";
import { type CommandName, commands } from "./commands";

const USAGE = `Công Đoàn Số — công cụ quản trị

  npm run admin -- <lệnh> [--tuỳ-chọn giá-trị]…

Lệnh:
  list-tenants
  create-platform-admin --username admin.hethong [--name "Quản trị hệ thống"]
  create-tenant --id lam-dong --name "Liên đoàn Lao động tỉnh Lâm Đồng" [--short-name "LĐLĐ Lâm Đồng"] --admin admin.lamdong [--admin-name "…"]
  enable-module --tenant ha-noi --module scholarships [--settings '{"…":…}']
  disable-module --tenant ha-noi --module scholarships
  export-tenant --tenant ha-noi --out ha-noi.jsonl
  import-tenant --tenant ha-noi --in ha-noi.jsonl

Đích:
  (mặc định)               dữ liệu cục bộ .data/ — dùng DynamoDB Local đang chạy của npm start, hoặc tự khởi động
  --table T [--region R]    bảng đã triển khai trên AWS (thông tin đăng nhập AWS như thường lệ)
`;

async function connect(
  table: string | undefined,
  region: string | undefined,
): Promise<{ db: Db; local?: LocalDynamo }> {
  if (table) return { db: createDb({ tableName: table, ...(region ? { region } : {}) }) };
  const tableName = process.env.TABLE_NAME ?? "congdoan";
  if (existsSync(endpointFile)) {
    const endpoint = readFileSync(endpointFile, "utf8").trim();
    const db = createDb({ endpoint, tableName });
    try {
      await ensureTable(db);
      return { db };
    } catch {
      // npm start is not running any more; fall through and start our own instance on the same data.
    }
  }
  const local = await startDynamo({ dataDir });
  const db = createDb({ endpoint: local.endpoint, tableName });
  await ensureTable(db);
  return { db, local };
}

async function main() {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || !(name in commands)) {
    process.stdout.write(USAGE);
    process.exit(name ? 2 : 0);
  }
  const { values } = parseArgs({ args: rest, strict: false, allowPositionals: false });
  const args = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
  const { db, local } = await connect(args.table, args.region);
  try {
    await commands[name as CommandName]!(
      db,
      args,
      (line) => process.stdout.write(`${line}\n`),
      registeredPlugins,
    );
  } catch (error) {
    process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await local?.stop();
  }
}

void main();
