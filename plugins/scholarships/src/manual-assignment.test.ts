import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { child, client, jsonOf, programmeInput } from "./test-fixtures";

type Client = ReturnType<typeof client>;
let h: PluginHarness;
let admin: Client;
let officerA: Client;
let member: Client;
let reviewerA: Client;
let reviewerB: Client;
let reviewerHn: Client;
const who: Record<"a" | "b" | "hn", string> = { a: "", b: "", hn: "" };
let P: string;
let fundId: string;
let parent: string;
let n1: string;

async function nominateOne(name: string) {
  const res = await officerA.post(`${P}/nominations`, {
    unitId: "cdcs-a",
    memberId: parent,
    category: "hoc-gioi",
    child: child({ fullName: name }),
  });
  expect(res.status).toBe(201);
  return (await jsonOf(res)).id as string;
}
const view = async (id: string) => jsonOf(await admin.get(`${P}/nominations/${id}/assignments`));

beforeAll(async () => {
  h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  member = client(h, await h.headersFor([{ role: "member", unitId: "cdcs-a" }]));
  reviewerA = client(h, await h.headersFor([{ role: "reviewer", unitId: "cdcs-a" }]));
  reviewerB = client(h, await h.headersFor([{ role: "reviewer", unitId: "cdcs-b" }]));
  reviewerHn = client(h, await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]));
  parent = await h.addMember({ fullName: "Đỗ Văn Bình", unitId: "cdcs-a" });
  const p = await jsonOf(await admin.post("/programmes", programmeInput()));
  P = `/programmes/${p.id}`;
  fundId = (await jsonOf(await admin.post(`${P}/funds`, { name: "Quỹ", total: 10_000_000 }))).id;
  for (const [key, c] of [
    ["a", reviewerA],
    ["b", reviewerB],
    ["hn", reviewerHn],
  ] as const) {
    const joined = await c.post(`${P}/panel/join`);
    expect(joined.status).toBe(200);
    who[key] = (await jsonOf(joined)).username;
  }
  n1 = await nominateOne("Đỗ Minh Châu");
}, 120_000);

describe("manual reviewer assignment of one file", () => {
  it("shows the panel with each reviewer's load and conflict of interest, no child's name", async () => {
    const res = await admin.get(`${P}/nominations/${n1}/assignments`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain("Đỗ Minh Châu");
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      unitId: "cdcs-a",
      required: 2,
      open: true,
      assigned: [],
      status: "submitted",
    });
    expect(body.pseudonym).toMatch(/^HS-\d{4}$/);
    const byName = Object.fromEntries(body.panel.map((r: { username: string }) => [r.username, r]));
    expect(byName[who.a]).toMatchObject({ conflict: true, assigned: false, load: 0 });
    expect(byName[who.b]).toMatchObject({ conflict: false, assigned: false });
    expect(byName[who.hn]).toMatchObject({ conflict: false });
  });

  it("refuses the conflicted reviewer (409) and someone not on the panel (400)", async () => {
    const conflict = await admin.post(`${P}/nominations/${n1}/assign`, { reviewer: who.a });
    expect(conflict.status).toBe(409);
    expect((await jsonOf(conflict)).error.message).toContain("xung đột lợi ích");
    expect((await admin.post(`${P}/nominations/${n1}/assign`, { reviewer: "nguoi-la" })).status).toBe(400);
    expect((await admin.post(`${P}/nominations/${n1}/assign`, { reviewer: "" })).status).toBe(400);
    expect((await view(n1)).assigned).toEqual([]);
  });

  it("assigns and takes a reviewer off again while they have not scored", async () => {
    expect((await admin.post(`${P}/nominations/${n1}/assign`, { reviewer: who.hn })).status).toBe(200);
    const after = await view(n1);
    expect(after.assigned).toEqual([
      { username: who.hn, completed: false, total: null, onPanel: true, removable: true },
    ]);
    expect(after.panel.find((r: { username: string }) => r.username === who.hn)).toMatchObject({
      load: 1,
      assigned: true,
    });
    expect((await jsonOf(await reviewerHn.get(`${P}/my-reviews`))).items).toHaveLength(1);

    const off = await admin.post(`${P}/nominations/${n1}/unassign`, { reviewer: who.hn });
    expect(off.status).toBe(200);
    expect((await view(n1)).assigned).toEqual([]);
    expect((await jsonOf(await reviewerHn.get(`${P}/my-reviews`))).items).toEqual([]);
    expect((await admin.post(`${P}/nominations/${n1}/unassign`, { reviewer: who.hn })).status).toBe(400);
  });

  it("keeps a reviewer who has already scored (409)", async () => {
    await admin.post(`${P}/nominations/${n1}/assign`, { reviewer: who.hn });
    const scored = await reviewerHn.put(`${P}/my-reviews/${n1}`, {
      scores: { "ket-qua": 9, "hoan-canh": 7 },
    });
    expect(scored.status).toBe(200);
    const res = await admin.post(`${P}/nominations/${n1}/unassign`, { reviewer: who.hn });
    expect(res.status).toBe(409);
    expect((await jsonOf(res)).error.message).toContain("đã chấm xong");
    expect((await view(n1)).assigned[0]).toMatchObject({ completed: true, removable: false, total: 82 });
  });

  it("a score and an unassignment at the same time: exactly one wins, and the file stays consistent", async () => {
    for (let round = 0; round < 4; round++) {
      const id = await nominateOne(`Đỗ Khánh Vy ${round}`);
      await admin.post(`${P}/nominations/${id}/assign`, { reviewer: who.b });
      const [score, off] = await Promise.all([
        reviewerB.put(`${P}/my-reviews/${id}`, { scores: { "ket-qua": 8, "hoan-canh": 8 } }),
        admin.post(`${P}/nominations/${id}/unassign`, { reviewer: who.b }),
      ]);
      const file = await view(id);
      const mine = (await jsonOf(await reviewerB.get(`${P}/my-reviews`))).items.filter(
        (i: { nominationId: string }) => i.nominationId === id,
      );
      if (score.status === 200) {
        expect(off.status).toBe(409);
        expect(file.assigned).toEqual([expect.objectContaining({ username: who.b, completed: true })]);
        expect(mine).toHaveLength(1);
      } else {
        expect(score.status).toBe(404);
        expect(off.status).toBe(200);
        expect(file.assigned).toEqual([]);
        expect(mine).toEqual([]);
      }
    }
  });

  it("refuses changes once the file is decided", async () => {
    const id = await nominateOne("Đỗ Gia Bảo");
    await admin.post(`${P}/nominations/${id}/assign`, { reviewer: who.hn });
    const approved = await admin.post(`${P}/nominations/${id}/approve`, {
      fundId,
      decisionNumber: "9/QĐ",
      decisionDate: "2026-09-01",
    });
    expect(approved.status).toBe(200);
    expect((await view(id)).open).toBe(false);
    expect((await admin.post(`${P}/nominations/${id}/assign`, { reviewer: who.b })).status).toBe(409);
    expect((await admin.post(`${P}/nominations/${id}/unassign`, { reviewer: who.hn })).status).toBe(409);
  });

  it("is for the programme's deciders only", async () => {
    for (const c of [officerA, member, reviewerHn]) {
      expect((await c.get(`${P}/nominations/${n1}/assignments`)).status).toBe(403);
      expect((await c.post(`${P}/nominations/${n1}/unassign`, { reviewer: who.hn })).status).toBe(403);
    }
    expect((await h.request(`${P}/nominations/${n1}/assignments`)).status).toBe(401);
    const dakNong = await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong");
    expect(
      (await h.request(`${P}/nominations/${n1}/assignments`, { headers: dakNong }, "dak-nong")).status,
    ).toBe(404);
    expect((await admin.get(`${P}/nominations/khong-co/assignments`)).status).toBe(404);
  });
});
