import { TenantRegistry, UnitRepository } from "@congdoan/db";
import { createPluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "../index";
import { caller } from "../test-helpers";

/**
 * Proposals travel up the tree: school (CĐCS) → district (LĐLĐ quận) → city (LĐLĐ TP), each step
 * taken by the unit holding the proposal only, audited and shown on the proposal's trail.
 */
let s: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  const units = new UnitRepository(new TenantRegistry(h.db).store("ha-noi"));
  await units.create({
    id: "ldld-q",
    name: "LĐLĐ quận Thanh Xuân",
    kind: "ldld-huyen",
    parentId: "ha-noi",
    memberCount: 0,
    status: "active",
  });
  for (const id of ["cdcs-q1", "cdcs-q2"])
    await units.create({
      id,
      name: `CĐCS ${id}`,
      kind: "cdcs",
      parentId: "ldld-q",
      memberCount: 30,
      status: "active",
    });
  const as = h.headersFor.bind(h);
  const users = {
    school: await as([{ role: "cdcs-officer", unitId: "cdcs-q1" }]),
    otherSchool: await as([{ role: "cdcs-officer", unitId: "cdcs-q2" }]),
    district: await as([{ role: "reviewer", unitId: "ldld-q" }]),
    district2: await as([{ role: "reviewer", unitId: "ldld-q" }]),
    city: await as([{ role: "reviewer", unitId: "ha-noi" }]),
    cityAdmin: await as([{ role: "federation-admin", unitId: "ha-noi" }]),
    otherReviewer: await as([{ role: "reviewer", unitId: "cdcs-b" }]),
    dakNong: await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong"),
  };
  return { h, users, call: caller(h) };
}

const propose = (over: Record<string, unknown> = {}) =>
  s.call("POST", "/proposals", s.users.school, {
    schoolYear: "2022-2023",
    proposedByUnitId: "cdcs-q1",
    toLevel: "ldld-tinh",
    reason: "Tập thể lao động xuất sắc hai năm liền",
    lines: [
      { form: "bang-khen", recipient: "collective", unitId: "cdcs-q1" },
      { form: "bang-khen", recipient: "individual", unitId: "cdcs-q1", fullName: "Phạm Thu Hà" },
    ],
    ...over,
  });

const mine = async (headers: Record<string, string>, id: string) =>
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely
  (await s.call("GET", "/proposals", headers)).data.items.find((p: any) => p.id === id);

beforeAll(async () => {
  s = await setup();
}, 60_000);

describe("a proposal travels up the tree", () => {
  it("school → district (forwards with its comment and one more nominee) → city accepts; every step audited", async () => {
    const { call, users, h } = s;
    const created = await propose();
    expect(created.status).toBe(201);
    const id = created.data.id;
    const path = `/proposals/${id}`;
    expect(created.data).toMatchObject({ holderUnitId: "ldld-q", status: "submitted" });

    // The district holds it: it may forward, but a Bằng khen of the city is not its to grant.
    const atDistrict = await mine(users.district, id);
    expect(atDistrict).toMatchObject({
      holderUnitName: "LĐLĐ quận Thanh Xuân",
      canDecide: true,
      canAccept: false,
      canForward: true,
      forwardToUnitId: "ha-noi",
    });
    const notMine = await call("POST", `${path}/decide`, users.district, {
      expectedVersion: 1,
      approve: true,
    });
    expect(notMine.status).toBe(409);
    expect(notMine.data.error.message).toContain("không phải cấp quyết định");
    // The city may not act before the district forwards it; the school and others may not at all.
    const early = await call("POST", `${path}/decide`, users.city, { expectedVersion: 1, approve: true });
    expect(early.status).toBe(409);
    expect(early.data.error.message).toContain("LĐLĐ quận Thanh Xuân");
    const earlyForward = { expectedVersion: 1, comment: "Chuyển thay quận" };
    expect((await call("POST", `${path}/forward`, users.cityAdmin, earlyForward)).status).toBe(409);
    for (const who of [users.school, users.otherSchool, users.otherReviewer])
      expect((await call("POST", `${path}/forward`, who, earlyForward)).status).toBe(403);
    expect((await call("POST", `${path}/forward`, {}, earlyForward)).status).toBe(401);
    expect(
      (await call("POST", `${path}/forward`, users.dakNong, earlyForward, "dak-nong")).status,
    ).toBeGreaterThanOrEqual(403);

    const noComment = await call("POST", `${path}/forward`, users.district, {
      expectedVersion: 1,
      comment: " ",
    });
    expect(noComment.status).toBe(400);
    expect(noComment.data.error.fields[0].path).toBe("comment");
    const outside = await call("POST", `${path}/forward`, users.district, {
      expectedVersion: 1,
      comment: "Đề nghị thành phố khen",
      lines: [{ form: "bang-khen", recipient: "collective", unitId: "cdcs-b" }],
    });
    expect(outside.status).toBe(400);

    const forwarded = await call("POST", `${path}/forward`, users.district, {
      expectedVersion: 1,
      comment: "LĐLĐ quận nhất trí, đề nghị LĐLĐ TP tặng Bằng khen",
      lines: [{ form: "bang-khen", recipient: "collective", unitId: "cdcs-q2" }],
    });
    expect(forwarded.status).toBe(200);
    expect(forwarded.data).toMatchObject({ holderUnitId: "ha-noi", version: 2 });
    expect(forwarded.data.lines).toHaveLength(3);

    // Now the district's hands are off, the city decides.
    expect(
      (await call("POST", `${path}/forward`, users.district, { expectedVersion: 2, comment: "lần nữa" }))
        .status,
    ).toBe(403);
    const atCity = await mine(users.city, id);
    expect(atCity).toMatchObject({ canDecide: true, canAccept: true, canForward: false });
    expect(
      (await call("POST", `${path}/forward`, users.city, { expectedVersion: 2, comment: "Lên Tổng" })).status,
    ).toBe(409);
    const accepted = await call("POST", `${path}/decide`, users.city, {
      expectedVersion: 2,
      approve: true,
      comment: "Đủ tiêu chuẩn",
    });
    expect(accepted.status).toBe(200);
    expect(accepted.data.status).toBe("accepted");

    // The level that accepted it grants it: a decision of the district may not take it, the city's does.
    const decision = (issuedByUnitId: string, number: string) => ({
      number,
      date: "2023-06-20",
      signer: "Chủ tịch",
      level: issuedByUnitId === "ha-noi" ? "ldld-tinh" : "ldld-huyen",
      schoolYear: "2022-2023",
      issuedByUnitId,
      proposalIds: [id],
      lines: [],
    });
    const byDistrict = await call("POST", "/decisions", users.district, decision("ldld-q", "7/QĐ-LĐLĐ"));
    expect(byDistrict.status).toBe(400);
    expect(byDistrict.data.error.message).toContain("quyết định phải do đơn vị đó ban hành");
    const byCity = await call("POST", "/decisions", users.cityAdmin, decision("ha-noi", "8/QĐ-LĐLĐ"));
    expect(byCity.status).toBe(201);
    expect(byCity.data.lines).toHaveLength(3);

    // The proposing school sees the status and the whole trail.
    const seen = await mine(users.school, id);
    expect(seen.status).toBe("decided");
    expect(seen.canDecide).toBe(false);
    expect(
      // biome-ignore lint/suspicious/noExplicitAny: trail read loosely
      seen.trail.map((t: any) => [t.action, t.unitName, t.toUnitName, t.comment, t.addedLines]),
    ).toEqual([
      ["submitted", "CĐCS cdcs-q1", "LĐLĐ quận Thanh Xuân", undefined, undefined],
      [
        "forwarded",
        "LĐLĐ quận Thanh Xuân",
        "LĐLĐ ha-noi",
        "LĐLĐ quận nhất trí, đề nghị LĐLĐ TP tặng Bằng khen",
        1,
      ],
      ["accepted", "LĐLĐ ha-noi", undefined, "Đủ tiêu chuẩn", undefined],
    ]);
    // Each step names its acting unit and date, never the account of the person who acted.
    expect(seen.trail.every((t: { by?: string; at: string }) => t.by === undefined && t.at)).toBe(true);
    expect(seen.proposedBy).toBeUndefined();
    expect(JSON.stringify(seen)).not.toMatch(/"by"/);
    // Another school sees neither the proposal nor its trail.
    expect(await mine(users.otherSchool, id)).toBeUndefined();

    // Audited: create, forward, accept — each with its acting unit.
    const audit = (await (
      await h.app.request("/api/t/ha-noi/audit", { headers: users.cityAdmin })
    ).json()) as {
      items: { action: string; unitId: string; target: string }[];
    };
    const steps = audit.items.filter((i) => i.target === `proposal:${id}`);
    expect(steps.map((i) => [i.action, i.unitId]).sort()).toEqual(
      [
        ["emulation.proposal.accept", "ha-noi"],
        ["emulation.proposal.create", "cdcs-q1"],
        ["emulation.proposal.forward", "ldld-q"],
      ].sort(),
    );
  });

  it("a district may reject instead of forwarding (reason required) and may raise the level it asks for", async () => {
    const { call, users } = s;
    const a = (await propose({ toLevel: "ldld-huyen" })).data;
    const rejectNoReason = await call("POST", `/proposals/${a.id}/decide`, users.district, {
      expectedVersion: 1,
      approve: false,
    });
    expect(rejectNoReason.status).toBe(400);
    const rejected = await call("POST", `/proposals/${a.id}/decide`, users.district, {
      expectedVersion: 1,
      approve: false,
      comment: "Chưa đủ hai năm liền",
    });
    expect(rejected.data.status).toBe("rejected");

    const b = (await propose({ toLevel: "ldld-huyen" })).data;
    const raised = await call("POST", `/proposals/${b.id}/forward`, users.district, {
      expectedVersion: 1,
      comment: "Thành tích xuất sắc, đề nghị thành phố khen",
      toLevel: "ldld-tinh",
    });
    expect(raised.data).toMatchObject({ toLevel: "ldld-tinh", holderUnitId: "ha-noi" });
    expect((await mine(users.school, b.id)).trail[1].toLevel).toBe("ldld-tinh");
  });

  it("two forwards at once: exactly one wins, the other is told the proposal changed (version)", async () => {
    const { call, users } = s;
    const p = (await propose()).data;
    const both = await Promise.all(
      [users.district, users.district2].map((who, i) =>
        call("POST", `/proposals/${p.id}/forward`, who, {
          expectedVersion: 1,
          comment: `Ý kiến thứ ${i + 1} của quận`,
          lines: [{ form: "giay-khen", recipient: "collective", unitId: "cdcs-q2" }],
        }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const stored = await mine(users.city, p.id);
    expect(stored.version).toBe(2);
    expect(stored.lines).toHaveLength(3);
    expect(stored.trail.filter((t: { action: string }) => t.action === "forwarded")).toHaveLength(1);
  });

  it("answers an English reader in English", async () => {
    const { h, users } = s;
    const p = (await propose()).data;
    const res = await h.request(`/proposals/${p.id}/decide`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": "en", ...users.district },
      body: JSON.stringify({ expectedVersion: 1, approve: true }),
    });
    expect(res.status).toBe(409);
    const message = ((await res.json()) as { error: { message: string } }).error.message;
    expect(message).toContain("does not decide it — forward it to the level above");
    expect(message).not.toContain("không phải cấp quyết định");
  });
});
