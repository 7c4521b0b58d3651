import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { child, client, jsonOf, programmeInput } from "./test-fixtures";

let h: PluginHarness;
let admin: ReturnType<typeof client>;
let officerA: ReturnType<typeof client>;
let parentA: string;

async function programmeWithNominations(
  overrides: Record<string, unknown>,
  fundTotal: number,
  count: number,
) {
  const programme = await jsonOf(await admin.post("/programmes", programmeInput(overrides)));
  const fund = await jsonOf(
    await admin.post(`/programmes/${programme.id}/funds`, { name: "Quỹ xã hội LĐLĐ", total: fundTotal }),
  );
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await officerA.post(`/programmes/${programme.id}/nominations`, {
      unitId: "cdcs-a",
      memberId: parentA,
      category: "hoc-gioi",
      child: child(),
    });
    expect(res.status).toBe(201);
    ids.push((await jsonOf(res)).id);
  }
  return { programme, fund, ids };
}

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  parentA = await h.addMember({ fullName: "Trần Thị Lan", unitId: "cdcs-a" });
}, 120_000);

describe("approval is transactional", () => {
  it("40 approvals fired at once against a fund with room for 10: exactly 10 approved, fund consistent", async () => {
    const { programme, fund, ids } = await programmeWithNominations({}, 10_000_000, 40);
    const started = performance.now();
    const results = await Promise.all(
      ids.map((id) =>
        admin.post(`/programmes/${programme.id}/nominations/${id}/approve`, {
          fundId: fund.id,
          decisionNumber: "123/QĐ-LĐLĐ",
          decisionDate: "2023-08-20",
        }),
      ),
    );
    const elapsed = performance.now() - started;
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(30);
    const refusals = await Promise.all(results.filter((r) => r.status === 409).map((r) => jsonOf(r)));
    for (const r of refusals) expect(r.error.message).toMatch(/không đủ tiền/);
    const after = await jsonOf(await admin.get(`/programmes/${programme.id}`));
    expect(after.funds[0]).toMatchObject({ total: 10_000_000, committed: 10_000_000, available: 0, paid: 0 });
    expect(after.totals.awarded).toEqual({ count: 10, amount: 10_000_000 });
    const approved = await jsonOf(
      await admin.get(`/programmes/${programme.id}/nominations?status=approved&limit=100`),
    );
    expect(approved.items).toHaveLength(10);
    console.info(`40 parallel approvals, fund for 10: ${Math.round(elapsed)} ms`);
  }, 120_000);

  it("20 approvals at once against a unit quota of 5: exactly 5 approved, the rest told the quota is full", async () => {
    const { programme, fund, ids } = await programmeWithNominations(
      { quotas: { perUnitDefault: 5, byUnit: {}, byDistrict: {} } },
      100_000_000,
      20,
    );
    const results = await Promise.all(
      ids.map((id) =>
        admin.post(`/programmes/${programme.id}/nominations/${id}/approve`, {
          fundId: fund.id,
          decisionNumber: "124/QĐ-LĐLĐ",
          decisionDate: "2023-08-20",
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(5);
    const refused = results.filter((r) => r.status === 409);
    expect(refused).toHaveLength(15);
    for (const r of refused) expect((await jsonOf(r)).error.message).toMatch(/đủ chỉ tiêu \(5 suất\)/);
    const quota = await jsonOf(await officerA.get(`/programmes/${programme.id}/units/cdcs-a/quota`));
    expect(quota).toMatchObject({ quota: 5, nominated: 20, approved: 5 });
    const after = await jsonOf(await admin.get(`/programmes/${programme.id}`));
    expect(after.funds[0].committed).toBe(5_000_000);
  }, 120_000);

  it("the same nomination approved twice at once is approved once and charged once", async () => {
    const { programme, fund, ids } = await programmeWithNominations({}, 5_000_000, 1);
    const body = { fundId: fund.id, decisionNumber: "125/QĐ", decisionDate: "2023-08-20" };
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        admin.post(`/programmes/${programme.id}/nominations/${ids[0]}/approve`, body),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const after = await jsonOf(await admin.get(`/programmes/${programme.id}`));
    expect(after.funds[0].committed).toBe(1_000_000);
  }, 60_000);
});
