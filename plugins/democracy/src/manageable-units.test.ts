import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { addUnit, body, client } from "./test-support";

type Item = { id: string; name: string; kind: string; parentId: string | null };

describe("units a campaign may be opened for (the new-campaign scope picker)", () => {
  let h: PluginHarness;
  let admin: Record<string, string>;

  beforeAll(async () => {
    h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
    admin = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
    await addUnit(h, admin, {
      id: "ldld-thanh-xuan",
      name: "LĐLĐ quận Thanh Xuân",
      kind: "ldld-huyen",
      parentId: "ha-noi",
    });
    await addUnit(h, admin, {
      id: "ldld-ba-vi",
      name: "LĐLĐ huyện Ba Vì",
      kind: "ldld-huyen",
      parentId: "ha-noi",
    });
    await addUnit(h, admin, {
      id: "tx-thcs-nhan-chinh",
      name: "Trường THCS Nhân Chính",
      kind: "cdcs",
      parentId: "ldld-thanh-xuan",
    });
  });

  it("lists the federation first, then the districts by name, with names and without any CĐCS", async () => {
    const res = await client(h, admin).get("/manageable-units");
    expect(res.status).toBe(200);
    const items = (await body<{ items: Item[] }>(res)).items;
    expect(items[0]).toMatchObject({ id: "ha-noi", parentId: null });
    expect(items.slice(1).map((u) => u.name)).toEqual(["LĐLĐ huyện Ba Vì", "LĐLĐ quận Thanh Xuân"]);
    expect(items.every((u) => u.kind !== "cdcs")).toBe(true);
  });

  it("gives a district admin only their district, and refuses officers, strangers and other tenants", async () => {
    const district = await h.headersFor([{ role: "federation-admin", unitId: "ldld-thanh-xuan" }]);
    const items = (await body<{ items: Item[] }>(await client(h, district).get("/manageable-units"))).items;
    expect(items.map((u) => u.id)).toEqual(["ldld-thanh-xuan"]);
    const officer = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]);
    expect((await client(h, officer).get("/manageable-units")).status).toBe(403);
    expect((await client(h, {}).get("/manageable-units")).status).toBe(401);
    const other = await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong");
    const res = await client(h, other).get("/manageable-units");
    expect([401, 403]).toContain(res.status);
  });
});
