import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { createApp } from "@congdoan/api/app";
import { createDb, namespaces, TenantStore } from "@congdoan/db";
import { ensureTable, seedDemo, startDynamo } from "@congdoan/local";
import { DEMO_PASSWORD, demoAccountsSeed } from "../functions/api/src/local/demo-accounts";
import { membersToCsv } from "../functions/api/src/members/import-export";
import { sampleMembers } from "../functions/api/src/members/import-export/sample-members";
import { memberKeys } from "../functions/api/src/members/member-store";

/**
 * Importing 5.000 members end to end (upload, parse, check, match, write with version checks,
 * audit) through the API against DynamoDB Local, against a baseline measured in the same run:
 * writing the same 5.000 items with plain BatchWrite, the floor of what the table accepts here.
 * Printed as rows/second and ratio; nothing is asserted.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const UNITS = ["tx-thcs-nhan-chinh", "tx-tieu-hoc-kim-giang", "tx-mam-non-hoa-sua", "tx-thcs-khuong-dinh"];

async function main() {
  const dynamo = await startDynamo();
  try {
    const rows = sampleMembers(ROWS, { unitIds: UNITS, seed: 11 });

    const baseDb = createDb({ endpoint: dynamo.endpoint, tableName: "bench-floor" });
    await ensureTable(baseDb);
    const store = new TenantStore(baseDb, "ha-noi", namespaces.core);
    let started = performance.now();
    for (let i = 0; i < rows.length; i += 25) {
      const items = rows.slice(i, i + 25).map((r, j) => ({
        PutRequest: { Item: { ...store.key(memberKeys.address(`m${i + j}`)), tenant: "ha-noi", data: r } },
      }));
      await baseDb.doc.send(new BatchWriteCommand({ RequestItems: { [baseDb.tableName]: items } }));
    }
    const floorMs = performance.now() - started;

    const db = createDb({ endpoint: dynamo.endpoint, tableName: "bench-import" });
    await ensureTable(db);
    await seedDemo(db, [demoAccountsSeed]);
    const { app } = createApp({ db, plugins: [], log: { level: "silent" } });
    const login = await app.request("/api/t/ha-noi/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "admin.hanoi", password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const body = JSON.stringify({
      fileName: "doan-vien.csv",
      contentBase64: Buffer.from(membersToCsv(rows)).toString("base64"),
    });
    const call = (step: string) =>
      app.request(`/api/t/ha-noi/members/import/${step}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${accessToken}` },
        body,
      });
    started = performance.now();
    await call("preview");
    const previewMs = performance.now() - started;
    started = performance.now();
    const result = (await (await call("confirm")).json()) as { created: number };
    const importMs = performance.now() - started;
    started = performance.now();
    await call("confirm");
    const reimportMs = performance.now() - started;

    const rate = (ms: number) => ((ROWS / ms) * 1000).toFixed(0).padStart(7);
    console.log(
      `Member import through the API, ${ROWS} rows, DynamoDB Local on this machine (created ${result.created})`,
    );
    console.log(
      `  baseline: BatchWrite of the rows   ${floorMs.toFixed(0).padStart(7)} ms ${rate(floorMs)} rows/s   ×1.0`,
    );
    console.log(
      `  preview (nothing written)          ${previewMs.toFixed(0).padStart(7)} ms ${rate(previewMs)} rows/s   ×${(previewMs / floorMs).toFixed(2)} time`,
    );
    console.log(
      `  confirm (all new)                  ${importMs.toFixed(0).padStart(7)} ms ${rate(importMs)} rows/s   ×${(importMs / floorMs).toFixed(2)} time`,
    );
    console.log(
      `  confirm again (all unchanged)      ${reimportMs.toFixed(0).padStart(7)} ms ${rate(reimportMs)} rows/s   ×${(reimportMs / floorMs).toFixed(2)} time`,
    );
  } finally {
    await dynamo.stop();
  }
}

void main();
