import { rmSync, writeFileSync } from "node:fs";
import { roleLabels } from "@congdoan/core";
import { createDb } from "@congdoan/db";
import { ensureTable, freePort, seedDemo, startDynamo } from "@congdoan/local";
import { endpointFile } from "../admin/cli-paths";
import { localFiles } from "../files/local-files";
import { sweepPendingUploads } from "../files/sweep-pending-uploads";
import { registeredPlugins } from "../plugin-host/registry";
import { buildWebIfStale } from "./build-web";
import { DEMO_PASSWORD, demoAccounts, demoAccountsSeed } from "./demo-accounts";
import { localJwtSecret } from "./jwt-secret";
import { dataDir, filesDir, webDist } from "./paths";
import { pluginSeedHooks } from "./plugin-seeds";
import { startLocalServer } from "./server";

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `npm start`: DynamoDB Local with data on disk (.data/), the table, the demo tenants, the built web
 * app and the API on one port. Ctrl-C stops everything; the data stays for the next start.
 */
async function main() {
  say("Công Đoàn Số — khởi động môi trường chạy trên máy này…");
  const dynamo = await startDynamo({ dataDir });
  const db = createDb({ endpoint: dynamo.endpoint, tableName: process.env.TABLE_NAME ?? "congdoan" });
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    say("\nĐang dừng… (dữ liệu được giữ trong .data/)");
    rmSync(endpointFile, { force: true });
    await dynamo.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  try {
    const table = await ensureTable(db);
    // Lets `npm run admin` reach this instance while it runs (removed on a clean stop).
    writeFileSync(endpointFile, dynamo.endpoint);
    const report = await seedDemo(db, [demoAccountsSeed, ...pluginSeedHooks(registeredPlugins)]);
    await buildWebIfStale(say);
    const wanted = Number(process.env.PORT ?? 3000);
    const port = (await isFree(wanted)) ? wanted : await freePort();
    // Access logs stay quiet in the terminal unless asked for (LOG_LEVEL=info npm start).
    const log = { level: process.env.LOG_LEVEL ? undefined : ("warn" as const) };
    const jwtSecret = localJwtSecret();
    // Kept files and browser uploads under .data/files; uploads post to /api/uploads/local.
    const { files, uploadRoutes, uploadsRoot } = localFiles(filesDir);
    // Uploads picked but never kept go after 2 days, as the bucket's rule does in the cloud.
    await sweepPendingUploads(uploadsRoot);
    const { url } = await startLocalServer({
      db,
      plugins: registeredPlugins,
      port,
      webDist,
      log,
      jwtSecret,
      files,
      uploadRoutes,
    });
    say("");
    say(`  Công Đoàn Số đang chạy tại: ${url}`);
    say(`  Bảng công khai LĐLĐ Hà Nội: ${url}/p/ha-noi`);
    say(`  Bảng công khai LĐLĐ Đắk Nông: ${url}/p/dak-nong`);
    say(`  Tài liệu API:               ${url}/api/docs`);
    say(
      `  Cơ sở dữ liệu: DynamoDB Local ${dynamo.endpoint} (bảng ${db.tableName}, ${table === "created" ? "mới tạo" : "đã có"})`,
    );
    for (const t of report.tenants) {
      say(
        `  Dữ liệu mẫu ${t.id}: ${t.created ? "đã tạo" : "đã có"}${t.units ? `, thêm ${t.units} đơn vị` : ""}`,
      );
    }
    say("");
    say(`  Tài khoản mẫu (mật khẩu: ${DEMO_PASSWORD}), đăng nhập tại ${url}/t/<mã liên đoàn>/dang-nhap:`);
    for (const a of demoAccounts)
      say(
        `    ${a.tenant.padEnd(9)} ${a.username.padEnd(20)} ${roleLabels[a.grants[0]!.role].vi} — ${a.grants[0]!.unitId}`,
      );
    if (port !== wanted) say(`  (Cổng ${wanted} đang bận nên dùng cổng ${port}.)`);
    say("  Nhấn Ctrl-C để dừng.");
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

async function isFree(port: number): Promise<boolean> {
  const { createServer } = await import("node:net");
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

void main();
