import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { keys } from "./keys";
import type { Nomination, Programme, Review } from "./model";
import { expiryOf, reviewAsShown, withPersonalData } from "./personal-data";
import { child, client, jsonOf, programmeInput } from "./test-fixtures";

type Client = ReturnType<typeof client>;
let h: PluginHarness;
let admin: Client;
let officerA: Client;
let reviewerHn: Client;
let reviewerB: Client;
let parentA: string;
let programmeId: string;
const ids: string[] = [];
const NAME = "Đặng Thuỳ Dương";
const P = () => `/programmes/${programmeId}`;

/** The item as DynamoDB holds it, TTL attribute included (the store does not return it). */
async function raw(address: { pk: readonly string[]; sk: readonly string[] }) {
  const out = await h.db.doc.send(
    new GetCommand({
      TableName: h.db.tableName,
      Key: h.store.key({ pk: [...address.pk], sk: [...address.sk] }),
    }),
  );
  return out.Item;
}

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  reviewerHn = client(h, await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]));
  reviewerB = client(h, await h.headersFor([{ role: "reviewer", unitId: "cdcs-b" }]));
  parentA = await h.addMember({ fullName: "Đặng Văn Hùng", unitId: "cdcs-a" });
  programmeId = (await jsonOf(await admin.post("/programmes", programmeInput()))).id;
  for (let i = 0; i < 6; i++) {
    const res = await officerA.post(`${P()}/nominations`, {
      unitId: "cdcs-a",
      memberId: parentA,
      category: "hoc-gioi",
      child: child(i === 0 ? { fullName: NAME } : {}),
    });
    expect(res.status).toBe(201);
    ids.push((await jsonOf(res)).id);
  }
}, 120_000);

describe("lists by status", () => {
  it("fills a page of one status even when other statuses come between", async () => {
    for (const id of [ids[1], ids[3], ids[5]]) {
      const res = await admin.post(`${P()}/nominations/${id}/reject`, {
        reason: "Hồ sơ thiếu giấy xác nhận",
      });
      expect(res.status).toBe(200);
    }
    const first = await jsonOf(await admin.get(`${P()}/nominations?status=rejected&limit=2`));
    // Pages follow the key order (ids are random): compare with the sorted ids.
    const rejected = [ids[1], ids[3], ids[5]].sort();
    expect(first.items.map((n: Nomination) => n.id)).toEqual(rejected.slice(0, 2));
    expect(first.cursor).toBeTruthy();
    const second = await jsonOf(
      await admin.get(
        `${P()}/nominations?status=rejected&limit=2&cursor=${encodeURIComponent(first.cursor)}`,
      ),
    );
    expect(second.items.map((n: Nomination) => n.id)).toEqual(rejected.slice(2));
    const officer = await jsonOf(
      await officerA.get(`${P()}/nominations?unitId=cdcs-a&status=submitted&limit=3`),
    );
    expect(officer.items.map((n: Nomination) => n.id)).toEqual([ids[0], ids[2], ids[4]].sort());
  });
});

describe("review progress", () => {
  it("shows the admin, per reviewer, assigned / completed / remaining, and per file the reviews done", async () => {
    expect((await reviewerHn.post(`${P()}/panel/join`)).status).toBe(200);
    expect((await reviewerB.post(`${P()}/panel/join`)).status).toBe(200);
    expect((await admin.post(`${P()}/assignments`)).status).toBe(200);
    const scored = await reviewerHn.put(`${P()}/my-reviews/${ids[0]}`, {
      scores: { "ket-qua": 9, "hoan-canh": 7 },
    });
    expect(scored.status).toBe(200);
    const progress = await jsonOf(await admin.get(`${P()}/panel`));
    const mine = progress.reviewers.find((r: { completed: number }) => r.completed === 1);
    expect(mine).toMatchObject({ assigned: 3, completed: 1, remaining: 2 });
    expect(progress.totals).toEqual({ nominations: 6, fullyReviewed: 0, unassigned: 3 });
    const file = progress.nominations.find((n: { nominationId: string }) => n.nominationId === ids[0]);
    expect(file).toMatchObject({ childName: NAME, assigned: 2, completed: 1, required: 2, average: 82 });
    // Reviewers do not see the progress page, nor any name on theirs.
    expect((await reviewerHn.get(`${P()}/panel`)).status).toBe(403);
    expect((await officerA.get(`${P()}/panel`)).status).toBe(403);
    expect((await h.request(`${P()}/panel`)).status).toBe(401);
    expect(JSON.stringify(await jsonOf(await reviewerHn.get(`${P()}/my-reviews`)))).not.toContain(NAME);
  });
});

describe("personal data expires by itself after the retention period", () => {
  let programme: Programme;

  it("closing stamps the expiry and moves personal data into items DynamoDB's TTL deletes", async () => {
    const current = await jsonOf(await admin.get(P()));
    const before = Date.now();
    const res = await admin.post(`${P()}/close`, { expectedVersion: current.version });
    expect(res.status).toBe(200);
    programme = await jsonOf(res);
    expect(programme.personalDataExpiresAt).toBeGreaterThanOrEqual(expiryOf(before, 24));
    expect(programme.personalDataExpiresAt).toBeLessThanOrEqual(expiryOf(Date.now(), 24));
    expect(programme).toMatchObject({ sealed: 6 });

    const nomination = await raw(keys.nomination(programmeId, ids[0]!));
    expect(JSON.stringify(nomination)).not.toContain(NAME);
    expect(nomination?.expiresAt).toBeUndefined();
    const personal = await raw(keys.personalDataOf(programmeId, ids[0]!));
    expect(personal?.expiresAt).toBe(programme.personalDataExpiresAt);
    expect(JSON.stringify(personal)).toContain(NAME);
    const panel = await jsonOf(await admin.get(`${P()}/panel`));
    for (const { username } of panel.reviewers as { username: string }[]) {
      const reviews = await h.store.queryAll<Review>(keys.reviews(programmeId, username));
      expect(reviews.length).toBe(3);
      for (const r of reviews) {
        const item = await raw(keys.review(programmeId, username, r.data.nominationId));
        expect(item?.expiresAt).toBe(programme.personalDataExpiresAt);
      }
    }
    const guards = await h.store.queryAll(keys.children(programmeId));
    expect(guards).toHaveLength(6);
    for (const g of guards) {
      const item = await raw({ pk: keys.children(programmeId), sk: g.key.sk.split("#") });
      expect(item?.expiresAt).toBe(programme.personalDataExpiresAt);
    }
  });

  it("until then the officer and the admin still see the child; decisions are over", async () => {
    const n = await jsonOf(await officerA.get(`${P()}/nominations/${ids[0]}`));
    expect(n.child.fullName).toBe(NAME);
    const list = await jsonOf(await admin.get(`${P()}/nominations?status=submitted`));
    expect(list.items.map((x: Nomination) => x.child?.fullName)).toContain(NAME);
    const late = await admin.post(`${P()}/nominations/${ids[2]}/reject`, {
      reason: "Hồ sơ thiếu giấy xác nhận",
    });
    expect(late.status).toBe(409);
  });

  it("past the expiry every read treats it as erased, even before DynamoDB removes the items", async () => {
    const stored = await h.store.queryAll<Nomination>(keys.nominations(programmeId));
    const at = programme.personalDataExpiresAt!;
    const justBefore = await withPersonalData(h.store, programme, stored, at - 1);
    expect(justBefore.find((i) => i.data.id === ids[0])?.data.child?.fullName).toBe(NAME);
    const after = await withPersonalData(h.store, programme, stored, at);
    for (const { data } of after) {
      expect(data).toMatchObject({ child: null, parentName: null, memberId: "", evidenceKeys: [] });
      expect(data.status).toMatch(/submitted|rejected/);
    }
    // An expired item DynamoDB has not deleted yet is ignored even on a programme stamped later.
    const later = { ...programme, personalDataExpiresAt: at + 1000 };
    const lagging = await withPersonalData(h.store, later, stored, at + 1);
    expect(lagging.every((i) => i.data.child === null)).toBe(true);
    const file = {
      nominationId: ids[0]!,
      reviewer: "r",
      file: { pseudonym: "HS-0001" } as never,
      comment: "x",
    };
    expect(reviewAsShown(programme, file, at)).toMatchObject({ file: null });
    expect(reviewAsShown(programme, file, at)).not.toHaveProperty("comment");
    expect(reviewAsShown(programme, file, at - 1).file).not.toBeNull();
  });
});
