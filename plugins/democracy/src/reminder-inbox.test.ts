import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it, vi } from "vitest";
import plugin from "./index";
import { attendance, body, client, preparation } from "./test-support";

type Inbox = {
  items: {
    unitId: string;
    year: string;
    remindedBy: string;
    remindedAt: string;
    deadline?: string;
    count: number;
    seen: boolean;
    seenAt?: string;
    seenBy?: string;
    version: number;
  }[];
};

let h: PluginHarness;
let admin: ReturnType<typeof client>;
let reviewer: ReturnType<typeof client>;
let officerA: ReturnType<typeof client>;
let officerB: ReturnType<typeof client>;
const Y = "2025-2026";

beforeAll(async () => {
  h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  reviewer = client(h, await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]));
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  officerB = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]));
  expect(
    (await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi", deadline: "2025-10-31" })).status,
  ).toBe(201);
  expect((await reviewer.post("/reminders", { year: Y, unitIds: ["cdcs-a"] })).status).toBe(201);
});

const inbox = async (who: ReturnType<typeof client>) => body<Inbox>(await who.get("/reminders/mine"));

describe("reminders delivered in-app", () => {
  it("shows the officer of the reminded unit who sent it, when, and the deadline", async () => {
    const { items } = await inbox(officerA);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      unitId: "cdcs-a",
      year: Y,
      deadline: "2025-10-31",
      count: 1,
      seen: false,
    });
    expect(items[0]?.remindedBy).toBeTruthy();
    expect(items[0]?.remindedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("shows nothing to an officer of another unit, the federation admin, or another tenant", async () => {
    expect((await inbox(officerB)).items).toEqual([]);
    expect((await inbox(admin)).items).toEqual([]);
    const other = client(
      h,
      await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }], "dak-nong"),
      "dak-nong",
    );
    const res = await other.get("/reminders/mine");
    expect(res.status).toBe(200);
    expect((await body<Inbox>(res)).items).toEqual([]);
    const cross = await other.post(`/reminders/${Y}/cdcs-a/seen`, { version: 1 });
    expect(cross.status).toBe(404);
    const member = client(h, await h.headersFor([{ role: "member", unitId: "cdcs-a" }]));
    expect((await member.get("/reminders/mine")).status).toBe(403);
    expect((await h.request("/reminders/mine", {})).status).toBe(401);
  });

  it("lets only an officer of the unit mark it seen (audited), and the sender sees it was seen", async () => {
    const [reminder] = (await inbox(officerA)).items;
    expect((await officerB.post(`/reminders/${Y}/cdcs-a/seen`, { version: reminder!.version })).status).toBe(
      403,
    );
    expect((await officerA.post(`/reminders/${Y}/cdcs-a/seen`, { version: 99 })).status).toBe(409);
    const res = await officerA.post(`/reminders/${Y}/cdcs-a/seen`, { version: reminder!.version });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({ seen: true });
    const sent = await body<Inbox>(await reviewer.get(`/reminders?year=${Y}`));
    expect(sent.items.find((r) => r.unitId === "cdcs-a")).toMatchObject({ seen: true });
    expect(sent.items[0]?.seenBy).toBeTruthy();
    const compliance = await body<{ notHeld: { unitId: string; reminderSeenAt?: string }[] }>(
      await reviewer.get(`/compliance?year=${Y}`),
    );
    expect(compliance.notHeld.find((u) => u.unitId === "cdcs-a")?.reminderSeenAt).toBeTruthy();
    const audit = await body<{ items: { action: string }[] }>(
      await h.app.request("/api/t/ha-noi/audit?limit=50", {
        headers: await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]),
      }),
    );
    expect(audit.items.filter((i) => i.action === "democracy.reminder.seen")).toHaveLength(1);
    // A new reminder (not the repeat of one sent moments ago) is unseen again.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61_000);
    try {
      await reviewer.post("/reminders", { year: Y, unitIds: ["cdcs-a"] });
    } finally {
      vi.useRealTimers();
    }
    expect((await inbox(officerA)).items[0]).toMatchObject({ count: 2, seen: false });
  });

  it("lets two parallel 'seen' of the same reminder leave one seen state and one audit entry", async () => {
    const [reminder] = (await inbox(officerA)).items;
    expect(reminder?.seen).toBe(false);
    const results = await Promise.all(
      [1, 2].map(() => officerA.post(`/reminders/${Y}/cdcs-a/seen`, { version: reminder!.version })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(expect.arrayContaining([200]));
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect((await inbox(officerA)).items[0]).toMatchObject({ seen: true, version: reminder!.version + 1 });
    const audit = await body<{ items: { action: string }[] }>(
      await h.app.request("/api/t/ha-noi/audit?limit=100", {
        headers: await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]),
      }),
    );
    expect(audit.items.filter((i) => i.action === "democracy.reminder.seen")).toHaveLength(2);
  });

  it("stops showing once the unit has held its conference", async () => {
    const path = `/conferences/${Y}/cdcs-a`;
    expect((await officerA.post(path, { kind: "cbccvc", preparation: preparation() })).status).toBe(201);
    expect((await officerA.patch(path, { version: 1, attendance: attendance(30, 28) })).status).toBe(200);
    expect((await officerA.post(`${path}/close`, { version: 2 })).status).toBe(200);
    expect((await inbox(officerA)).items).toEqual([]);
  });
});
