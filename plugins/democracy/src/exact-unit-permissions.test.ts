import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { addUnit, attendance, body, client, preparation } from "./test-support";

/**
 * Holding a permission somewhere lets a request past the route's guard; each change must then be
 * refused unless the permission covers the very unit (or campaign scope) it changes.
 */
let h: PluginHarness;
let admin: ReturnType<typeof client>;
let districtAdmin: ReturnType<typeof client>;
let officerA: ReturnType<typeof client>;
let officerB: ReturnType<typeof client>;
let districtReviewer: ReturnType<typeof client>;
const Y = "2025-2026";
const conference = `/conferences/${Y}/cdcs-a`;
const campaign = `/campaigns/${Y}/ha-noi`;

const versionOf = async (res: Response) => (await body<{ version: number }>(res)).version;
const campaignVersion = async () =>
  (await body<{ campaign: { version: number } }>(await admin.get(`${campaign}?units=none`))).campaign.version;

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  const adminHeaders = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
  admin = client(h, adminHeaders);
  await addUnit(h, adminHeaders, {
    id: "perm-quan",
    name: "LĐLĐ quận",
    kind: "ldld-huyen",
    parentId: "ha-noi",
  });
  districtAdmin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "perm-quan" }]));
  districtReviewer = client(h, await h.headersFor([{ role: "reviewer", unitId: "perm-quan" }]));
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  officerB = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]));
  expect((await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi" })).status).toBe(201);
  expect((await officerA.post(conference, { kind: "cbccvc", preparation: preparation() })).status).toBe(201);
});

describe("changes are checked at the exact unit", () => {
  it("lets only the unit's own officer record and close its conference", async () => {
    const version = await versionOf(await officerA.get(conference));
    expect((await officerB.patch(conference, { version, attendance: attendance(30, 25) })).status).toBe(403);
    expect((await officerB.post(`${conference}/close`, { version })).status).toBe(403);
    const recorded = await officerA.patch(conference, { version, attendance: attendance(30, 25) });
    expect(recorded.status).toBe(200);
    expect((await officerA.post(`${conference}/close`, { version: await versionOf(recorded) })).status).toBe(
      200,
    );
  });

  it("lets a reviewer of another district neither reopen nor follow up the conference", async () => {
    const version = await versionOf(await officerA.get(conference));
    const reason = "Sửa số người có mặt theo biên bản";
    expect((await districtReviewer.post(`${conference}/reopen`, { version, reason })).status).toBe(403);
    const followUp = { version, stage: "mid-year", results: [{ targetId: "t1", status: "achieved" }] };
    expect((await districtReviewer.post(`${conference}/follow-ups`, followUp)).status).toBe(403);
  });

  it("lets a district's admin change no campaign of the whole federation", async () => {
    const version = await campaignVersion();
    expect((await districtAdmin.patch(campaign, { version, title: "Đợt của quận" })).status).toBe(403);
    expect(
      (await districtAdmin.put(`${campaign}/units/cdcs-a`, { kind: "nld", required: true })).status,
    ).toBe(403);
    expect((await districtAdmin.post(`${campaign}/copy`, {})).status).toBe(403);
    expect((await districtAdmin.post(`${campaign}/close`, { version })).status).toBe(403);
    expect((await admin.patch(campaign, { version, title: "Đợt của liên đoàn" })).status).toBe(200);
  });
});
