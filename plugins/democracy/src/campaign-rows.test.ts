import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { type ComplianceRow, keys, type SummaryShard } from "./model";
import { addUnit, attendance, body, client, preparation } from "./test-support";

/** Changes to a campaign that rewrite every unit row of its summary in the same write. */
let h: PluginHarness;
let adminHeaders: Record<string, string>;
let admin: ReturnType<typeof client>;
const Y = "2025-2026";

async function storedRow(unitId: string): Promise<ComplianceRow | undefined> {
  const shards = await h.store.queryAll<SummaryShard>(keys.summary, { skPrefix: [Y] });
  return shards.map((s) => s.data.rows[unitId]).find((r) => r !== undefined);
}

async function campaignVersion() {
  return (await body<{ campaign: { version: number } }>(await admin.get(`/campaigns/${Y}/ha-noi?units=none`)))
    .campaign.version;
}

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  adminHeaders = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
  admin = client(h, adminHeaders);
  for (const id of ["rows-quan-a", "rows-quan-b"])
    await addUnit(h, adminHeaders, { id, name: `LĐLĐ ${id}`, kind: "ldld-huyen", parentId: "ha-noi" });
  for (const id of ["rows-thcs-1", "rows-thcs-2"])
    await addUnit(h, adminHeaders, {
      id,
      name: `CĐCS Trường ${id}`,
      kind: "cdcs",
      parentId: "rows-quan-a",
      ownership: "public",
      memberCount: 30,
    });
  expect((await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi" })).status).toBe(201);
  // Held on 20/10/2025, before the default deadline of 31/10/2025.
  const created = await admin.post(`/conferences/${Y}/rows-thcs-1`, {
    kind: "cbccvc",
    preparation: preparation("2025-10-20"),
  });
  const recorded = await admin.patch(`/conferences/${Y}/rows-thcs-1`, {
    version: (await body<{ version: number }>(created)).version,
    attendance: attendance(30, 25),
  });
  const closed = await admin.post(`/conferences/${Y}/rows-thcs-1/close`, {
    version: (await body<{ version: number }>(recorded)).version,
  });
  expect(closed.status).toBe(200);
});

describe("rows of a campaign", () => {
  it("recounts “held on time” in the rows when the deadline moves", async () => {
    expect((await storedRow("rows-thcs-1"))?.onTime).toBe(true);
    const earlier = await admin.patch(`/campaigns/${Y}/ha-noi`, {
      version: await campaignVersion(),
      deadline: "2025-10-15",
    });
    expect(earlier.status).toBe(200);
    expect((await storedRow("rows-thcs-1"))?.onTime).toBe(false);
    const later = await admin.patch(`/campaigns/${Y}/ha-noi`, {
      version: await campaignVersion(),
      deadline: "2025-10-31",
    });
    expect(later.status).toBe(200);
    expect((await storedRow("rows-thcs-1"))?.onTime).toBe(true);
  });

  it("writes each unit's district as the tree stands into its row when the campaign closes", async () => {
    const unit = await h.app.request("/api/t/ha-noi/units/rows-thcs-2", { headers: adminHeaders });
    const moved = await h.app.request("/api/t/ha-noi/units/rows-thcs-2/move", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...adminHeaders },
      body: JSON.stringify({
        expectedVersion: (await body<{ unit: { version: number } }>(unit)).unit.version,
        newParentId: "rows-quan-b",
      }),
    });
    expect(moved.status).toBe(200);
    expect((await storedRow("rows-thcs-2"))?.districtId).toBe("rows-quan-a");
    const closed = await admin.post(`/campaigns/${Y}/ha-noi/close`, { version: await campaignVersion() });
    expect(closed.status).toBe(200);
    expect((await storedRow("rows-thcs-2"))?.districtId).toBe("rows-quan-b");
    expect((await storedRow("rows-thcs-1"))?.districtId).toBe("rows-quan-a");
  });
});
