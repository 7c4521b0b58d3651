import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { child, client, jsonOf, programmeInput } from "./test-fixtures";

type Client = ReturnType<typeof client>;
let h: PluginHarness;
let admin: Client;
let officerA: Client;
let officerB: Client;
let member: Client;
let reviewer: Client;
let adminHeaders: Record<string, string>;
let P: string;
const NAME = { a: "Trịnh Bảo Ngọc", b: "Hà Gia Huy", c: "Mai Thanh Tâm", parentA: "Trịnh Văn Lộc" };
const decision = { decisionNumber: "215/QĐ-LĐLĐ", decisionDate: "2026-09-01" };

beforeAll(async () => {
  h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  adminHeaders = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
  admin = client(h, adminHeaders);
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  officerB = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]));
  member = client(h, await h.headersFor([{ role: "member", unitId: "cdcs-a" }]));
  reviewer = client(h, await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]));
  const parentA = await h.addMember({ fullName: NAME.parentA, unitId: "cdcs-a" });
  const parentB = await h.addMember({ fullName: "Hà Văn Dũng", unitId: "cdcs-b" });
  const p = await jsonOf(
    await admin.post(
      "/programmes",
      programmeInput({
        categories: [
          { code: "hoc-gioi", amount: 1_500_000 },
          { code: "vuot-kho", amount: 2_050_000 },
        ],
      }),
    ),
  );
  P = `/programmes/${p.id}`;
  const fund = await jsonOf(await admin.post(`${P}/funds`, { name: "Quỹ xã hội", total: 20_000_000 }));
  const nominate = async (who: Client, body: Record<string, unknown>) => {
    const res = await who.post(`${P}/nominations`, body);
    expect(res.status).toBe(201);
    return (await jsonOf(res)).id as string;
  };
  const a = await nominate(officerA, {
    unitId: "cdcs-a",
    memberId: parentA,
    category: "hoc-gioi",
    child: child({ fullName: NAME.a }),
  });
  const b = await nominate(officerB, {
    unitId: "cdcs-b",
    memberId: parentB,
    category: "vuot-kho",
    child: child({
      fullName: NAME.b,
      school: "Trường Tiểu học Kim Giang",
      hardship: "Bố mất sớm, mẹ làm công nhân vệ sinh, nhà thuê trọ một phòng.",
    }),
  });
  await nominate(officerA, {
    unitId: "cdcs-a",
    memberId: parentA,
    category: "hoc-gioi",
    child: child({ fullName: NAME.c }),
  });
  for (const id of [a, b]) {
    expect(
      (await admin.post(`${P}/nominations/${id}/approve`, { ...decision, fundId: fund.id })).status,
    ).toBe(200);
  }
  const paid = await admin.post(`${P}/nominations/${a}/payment`, {
    paidOn: "2026-09-12",
    method: "tien-mat",
    receivedBy: NAME.parentA,
  });
  expect(paid.status).toBe(200);
}, 120_000);

describe("receipt sheets and the printable ceremony list", () => {
  it("gives the deciders one receipt per award, amount in figures and words, with the decision", async () => {
    const res = await admin.get(`${P}/receipts`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await jsonOf(res);
    expect(body.personalDataErased).toBe(false);
    expect(body.items).toHaveLength(2);
    const a = body.items.find((i: { childName: string }) => i.childName === NAME.a);
    expect(a).toMatchObject({
      parentName: NAME.parentA,
      unitId: "cdcs-a",
      category: "hoc-gioi",
      categoryLabel: "Học giỏi",
      amount: 1_500_000,
      amountInWords: "Một triệu năm trăm nghìn đồng",
      decisionNumber: "215/QĐ-LĐLĐ",
      decisionDate: "2026-09-01",
      status: "paid",
      paidOn: "2026-09-12",
      receivedBy: NAME.parentA,
    });
    const b = body.items.find((i: { childName: string }) => i.childName === NAME.b);
    expect(b).toMatchObject({
      amountInWords: "Hai triệu không trăm năm mươi nghìn đồng",
      status: "approved",
    });
    expect(body.items.map((i: { no: number }) => i.no)).toEqual([1, 2]);
    // Not approved: not on the list.
    expect(JSON.stringify(body)).not.toContain(NAME.c);
    expect(body.totals).toEqual({
      count: 2,
      amount: 3_550_000,
      amountInWords: "Ba triệu năm trăm năm mươi nghìn đồng",
    });
    expect(body.filters.units.map((u: { id: string }) => u.id).sort()).toEqual(["cdcs-a", "cdcs-b"]);
    expect(body.filters.districts).toHaveLength(1);
  });

  it("filters by unit or by district for the deciders", async () => {
    const unitB = await jsonOf(await admin.get(`${P}/receipts?unitId=cdcs-b`));
    expect(unitB.items.map((i: { childName: string }) => i.childName)).toEqual([NAME.b]);
    const district = (await jsonOf(await admin.get(`${P}/receipts`))).filters.districts[0].id;
    const all = await jsonOf(await admin.get(`${P}/receipts?districtId=${district}`));
    expect(all.items).toHaveLength(2);
    const none = await jsonOf(await admin.get(`${P}/receipts?districtId=cdcs-a`));
    expect(none.items).toEqual([]);
  });

  it("lets a nominating unit's officer print their own unit only", async () => {
    const own = await officerA.get(`${P}/receipts?unitId=cdcs-a`);
    expect(own.status).toBe(200);
    const body = await jsonOf(own);
    expect(body.items.map((i: { childName: string }) => i.childName)).toEqual([NAME.a]);
    expect(body.filters).toEqual({ districts: [], units: [] });
    expect(JSON.stringify(body)).not.toContain(NAME.b);
    expect((await officerA.get(`${P}/receipts`)).status).toBe(403);
    expect((await officerA.get(`${P}/receipts?districtId=ha-noi`)).status).toBe(403);
  });

  it("refuses an officer of another unit, a member, a reviewer, no login and another tenant", async () => {
    const refusals = [
      await officerB.get(`${P}/receipts?unitId=cdcs-a`),
      await member.get(`${P}/receipts?unitId=cdcs-a`),
      await reviewer.get(`${P}/receipts`),
      await reviewer.get(`${P}/receipts?unitId=cdcs-a`),
    ];
    expect(refusals.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    for (const r of refusals) {
      const text = await r.text();
      for (const name of Object.values(NAME)) expect(text).not.toContain(name);
    }
    expect((await h.request(`${P}/receipts`)).status).toBe(401);
    const dakNong = await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong");
    expect((await h.request(`${P}/receipts`, { headers: dakNong }, "dak-nong")).status).toBe(404);
  });

  it("records each view in the audit trail, with the scope and count but no name", async () => {
    const res = await h.app.request("/api/t/ha-noi/audit?limit=100", { headers: adminHeaders });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("scholarships.receipts.view");
    for (const name of Object.values(NAME)) expect(text).not.toContain(name);
  });

  it("answers 400, not 500, to a malformed filter", async () => {
    expect((await admin.get(`${P}/receipts?unitId=${"x".repeat(100)}`)).status).toBe(400);
    expect((await admin.get("/programmes/khong-co/receipts")).status).toBe(404);
  });
});

describe("after the retention period", () => {
  it("prints no personal data once the programme's personal data has expired", async () => {
    const g = await createPluginHarness(plugin, { settings: { retentionMonths: 0 } });
    const gAdmin = client(g, await g.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
    const gOfficer = client(g, await g.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
    const parent = await g.addMember({ fullName: NAME.parentA, unitId: "cdcs-a" });
    const p = await jsonOf(await gAdmin.post("/programmes", programmeInput()));
    const fund = await jsonOf(
      await gAdmin.post(`/programmes/${p.id}/funds`, { name: "Quỹ", total: 5_000_000 }),
    );
    const n = await jsonOf(
      await gOfficer.post(`/programmes/${p.id}/nominations`, {
        unitId: "cdcs-a",
        memberId: parent,
        category: "hoc-gioi",
        child: child({ fullName: NAME.a }),
      }),
    );
    await gAdmin.post(`/programmes/${p.id}/nominations/${n.id}/approve`, { ...decision, fundId: fund.id });
    const before = await jsonOf(await gAdmin.get(`/programmes/${p.id}/receipts`));
    expect(before.items[0].childName).toBe(NAME.a);
    const current = await jsonOf(await gAdmin.get(`/programmes/${p.id}`));
    expect(
      (await gAdmin.post(`/programmes/${p.id}/close`, { expectedVersion: current.version })).status,
    ).toBe(200);
    for (const who of [gAdmin, gOfficer]) {
      const res = await who.get(`/programmes/${p.id}/receipts?unitId=cdcs-a`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain(NAME.a);
      expect(text).not.toContain(NAME.parentA);
      const body = JSON.parse(text);
      expect(body.personalDataErased).toBe(true);
      // What is not personal stays: the award, its amount and decision.
      expect(body.items[0]).toMatchObject({
        childName: null,
        parentName: null,
        dateOfBirth: null,
        school: null,
        amount: 1_000_000,
        amountInWords: "Một triệu đồng",
        decisionNumber: "215/QĐ-LĐLĐ",
      });
    }
  }, 120_000);
});
