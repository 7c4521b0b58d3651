import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import plugin from "./index";
import { body, client, preparation } from "./test-support";

type Err = { error: { code: string; message: string; fields?: { path: string; message: string }[] } };
type NotHeld = { unitId: string; remindedAt?: string; reminders?: number };

let h: PluginHarness;
let admin: ReturnType<typeof client>;
let reviewer: ReturnType<typeof client>;
let officerA: ReturnType<typeof client>;
const Y = "2025-2026";

beforeAll(async () => {
  h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  reviewer = client(h, await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]));
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  expect((await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi" })).status).toBe(201);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the clock past the window in which a reminder counts as just sent. */
function laterBy(ms: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + ms);
}

async function reminderAudits(unitId: string) {
  const audit = await body<{ items: { action: string; target: string }[] }>(
    await h.app.request("/api/t/ha-noi/audit?limit=100", {
      headers: await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]),
    }),
  );
  return audit.items.filter(
    (i) => i.action === "democracy.reminder.send" && i.target === `conference:${Y}/${unitId}`,
  ).length;
}

const notHeld = async () =>
  (await body<{ notHeld: NotHeld[] }>(await reviewer.get(`/compliance?year=${Y}`))).notHeld;

describe("reminders (nhắc nhở)", () => {
  it("records who reminded which unit and when, shows it in the shortfall list, and audits it", async () => {
    const res = await reviewer.post("/reminders", { year: Y, unitIds: ["cdcs-a", "cdcs-b"] });
    expect(res.status).toBe(201);
    const { items } = await body<{ items: { unitId: string; remindedBy: string; count: number }[] }>(res);
    expect(items.map((i) => i.unitId)).toEqual(["cdcs-a", "cdcs-b"]);
    expect(items[0]?.count).toBe(1);
    expect(items[0]?.remindedBy).toBeTruthy();
    // A second tap moments later is answered with the reminder already sent, not a new one.
    const repeat = await reviewer.post("/reminders", { year: Y, unitIds: ["cdcs-a"] });
    expect(repeat.status).toBe(200);
    const repeated = await body<{ items: { count: number }[]; alreadySent: string[] }>(repeat);
    expect(repeated.items[0]?.count).toBe(1);
    expect(repeated.alreadySent).toEqual(["cdcs-a"]);
    laterBy(61_000);
    const again = await body<{ items: { count: number }[] }>(
      await reviewer.post("/reminders", { year: Y, unitIds: ["cdcs-a"] }),
    );
    expect(again.items[0]?.count).toBe(2);
    const list = await notHeld();
    expect(list.find((u) => u.unitId === "cdcs-a")).toMatchObject({ reminders: 2 });
    expect(list.find((u) => u.unitId === "cdcs-a")?.remindedAt?.slice(0, 4)).toMatch(/^\d{4}$/);
    const audit = await body<{ items: { action: string; target: string }[] }>(
      await h.app.request("/api/t/ha-noi/audit?limit=50", {
        headers: await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]),
      }),
    );
    const reminders = audit.items.filter((i) => i.action === "democracy.reminder.send");
    expect(reminders.map((i) => i.target).sort()).toEqual([
      `conference:${Y}/cdcs-a`,
      `conference:${Y}/cdcs-a`,
      `conference:${Y}/cdcs-b`,
    ]);
  });

  it("validates beside the field and refuses a unit that already held its conference", async () => {
    const empty = await reviewer.post("/reminders", { year: Y, unitIds: [] });
    expect(empty.status).toBe(400);
    expect((await body<Err>(empty)).error.fields?.[0]).toMatchObject({ path: "unitIds" });
    expect((await reviewer.post("/reminders", { year: "2025-2027", unitIds: ["cdcs-a"] })).status).toBe(400);
    expect((await reviewer.post("/reminders", { year: "2030-2031", unitIds: ["cdcs-a"] })).status).toBe(404);
    const path = `/conferences/${Y}/cdcs-b`;
    const created = await body<{ version: number }>(
      await h.request(path, {
        method: "POST",
        headers: {
          ...(await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }])),
          "Content-Type": "application/json",
        },
        body: JSON.stringify({ kind: "cbccvc", preparation: preparation() }),
      }),
    );
    expect(created.version).toBe(1);
    const officerB = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]));
    expect(
      (
        await officerB.patch(path, {
          version: 1,
          attendance: { invited: 30, present: 30, absences: [] },
        })
      ).status,
    ).toBe(200);
    const closed = await officerB.post(`${path}/close`, { version: 2 });
    expect(closed.status).toBe(200);
    const held = await reviewer.post("/reminders", { year: Y, unitIds: ["cdcs-b"] });
    expect(held.status).toBe(409);
    expect((await body<Err>(held)).error.message).toContain("đã tổ chức");
  });

  it("lets only reviewers and admins remind: an officer is 403, no login 401, another tenant 401", async () => {
    expect((await officerA.post("/reminders", { year: Y, unitIds: ["cdcs-a"] })).status).toBe(403);
    const member = client(h, await h.headersFor([{ role: "member", unitId: "cdcs-a" }]));
    expect((await member.post("/reminders", { year: Y, unitIds: ["cdcs-a"] })).status).toBe(403);
    const anonymous = await h.request("/reminders", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ year: Y, unitIds: ["cdcs-a"] }),
    });
    expect(anonymous.status).toBe(401);
    const other = await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong");
    const cross = await h.request("/reminders", {
      method: "POST",
      headers: { ...other, "Content-Type": "application/json" },
      body: JSON.stringify({ year: Y, unitIds: ["cdcs-a"] }),
    });
    expect(cross.status).toBe(401);
  });

  it("answers parallel reminders of the same unit with one reminder and one audit entry", async () => {
    laterBy(5 * 60_000);
    const before = (await notHeld()).find((u) => u.unitId === "cdcs-a")?.reminders ?? 0;
    const auditsBefore = await reminderAudits("cdcs-a");
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => reviewer.post("/reminders", { year: Y, unitIds: ["cdcs-a"] })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    const answers = await Promise.all(results.map((r) => body<{ items: { count: number }[] }>(r)));
    expect(new Set(answers.map((a) => a.items[0]?.count))).toEqual(new Set([before + 1]));
    expect((await notHeld()).find((u) => u.unitId === "cdcs-a")?.reminders).toBe(before + 1);
    expect(await reminderAudits("cdcs-a")).toBe(auditsBefore + 1);
  });
});
