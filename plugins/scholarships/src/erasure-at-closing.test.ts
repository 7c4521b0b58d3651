import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { child, client, jsonOf, programmeInput } from "./test-fixtures";

/** A tenant keeping personal data 0 months: closing is the end of the retention period. */
let h: PluginHarness;
let admin: ReturnType<typeof client>;
let officerA: ReturnType<typeof client>;
let reviewer: ReturnType<typeof client>;
const NAME = "Vương Khánh Linh";
const PARENT = "Vương Đức Thắng";

beforeAll(async () => {
  h = await createPluginHarness(plugin, { settings: { retentionMonths: 0 } });
  admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  reviewer = client(h, await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]));
}, 120_000);

describe("erasure without a scheduled job", () => {
  it("with a retention of 0, closing erases the personal data for every reader and keeps the aggregates", async () => {
    const parent = await h.addMember({ fullName: PARENT, unitId: "cdcs-a" });
    const p = await jsonOf(await admin.post("/programmes", programmeInput({ reviewersPerNomination: 1 })));
    const P = `/programmes/${p.id}`;
    const fund = await jsonOf(await admin.post(`${P}/funds`, { name: "Quỹ xã hội", total: 5_000_000 }));
    const n = await jsonOf(
      await officerA.post(`${P}/nominations`, {
        unitId: "cdcs-a",
        memberId: parent,
        category: "hoc-gioi",
        child: child({ fullName: NAME, achievements: `${NAME} giải Nhì Văn cấp thành phố` }),
      }),
    );
    await reviewer.post(`${P}/panel/join`);
    await admin.post(`${P}/assignments`);
    await reviewer.put(`${P}/my-reviews/${n.id}`, {
      scores: { "ket-qua": 8, "hoan-canh": 6 },
      comment: "Tốt",
    });
    const decision = { fundId: fund.id, decisionNumber: "12/QĐ-LĐLĐ", decisionDate: "2026-09-01" };
    expect((await admin.post(`${P}/nominations/${n.id}/approve`, decision)).status).toBe(200);
    const paid = await admin.post(`${P}/nominations/${n.id}/payment`, {
      paidOn: "2026-09-05",
      method: "tien-mat",
      receivedBy: PARENT,
    });
    expect(paid.status).toBe(200);
    const before = await jsonOf(await h.publicRequest("/summary"));

    const current = await jsonOf(await admin.get(P));
    expect((await admin.post(`${P}/close`, { expectedVersion: current.version })).status).toBe(200);

    const seen = [
      await (await officerA.get(`${P}/nominations/${n.id}`)).text(),
      await (await admin.get(`${P}/nominations?unitId=cdcs-a`)).text(),
      await (await admin.get(`${P}/panel`)).text(),
      await (await reviewer.get(`${P}/my-reviews`)).text(),
      await (await admin.get(`${P}/ceremony-list?format=csv`)).text(),
    ];
    for (const text of seen) {
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(PARENT);
    }
    const kept = await jsonOf(await admin.get(`${P}/nominations/${n.id}`));
    expect(kept).toMatchObject({
      child: null,
      status: "paid",
      amount: 1_000_000,
      payment: { paidOn: "2026-09-05" },
    });
    const programme = await jsonOf(await admin.get(P));
    expect(programme.funds[0]).toMatchObject({ committed: 1_000_000, paid: 1_000_000 });
    expect(programme.totals.paid).toEqual({ count: 1, amount: 1_000_000 });
    expect(await jsonOf(await h.publicRequest("/summary"))).toEqual(before);
    // The admin's explicit erasure still works afterwards and removes what DynamoDB has not yet.
    expect((await admin.post(`${P}/erase-personal-data`, {})).status).toBe(200);
    expect(JSON.stringify(await h.store.queryAll(["PII", p.id]))).toBe("[]");
  });

  it("two admins closing at once: one closes and seals every file once, the other is told it changed", async () => {
    const parent = await h.addMember({ fullName: "Hồ Thị Mai", unitId: "cdcs-a" });
    const p = await jsonOf(await admin.post("/programmes", programmeInput()));
    const P = `/programmes/${p.id}`;
    for (let i = 0; i < 4; i++) {
      const res = await officerA.post(`${P}/nominations`, {
        unitId: "cdcs-a",
        memberId: parent,
        category: "hoc-gioi",
        child: child(),
      });
      expect(res.status).toBe(201);
    }
    const closes = await Promise.all([
      admin.post(`${P}/close`, { expectedVersion: p.version }),
      admin.post(`${P}/close`, { expectedVersion: p.version }),
    ]);
    expect(closes.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await h.store.queryAll(["PII", p.id])).toHaveLength(4);
    const files = await h.store.queryAll<{ sealed?: boolean; child: unknown }>(["NOM", p.id]);
    expect(files.every((f) => f.data.sealed === true && f.data.child === null)).toBe(true);
  });
});
