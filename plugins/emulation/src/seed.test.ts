import { createApp, switchModule } from "@congdoan/api/app";
import type { Unit } from "@congdoan/core";
import { namespaces, TenantRegistry, TenantStore } from "@congdoan/db";
import { seedDemo } from "@congdoan/local";
import { createTestDb } from "@congdoan/local/test-setup";
import { beforeAll, describe, expect, it } from "vitest";
import { clusterYears } from "./cluster-years";
import plugin from "./index";
import { keys } from "./keys";
import type { Proposal } from "./model";
import { settingsSchema } from "./settings";
import { directory } from "./test-helpers";

let app: ReturnType<typeof createApp>["app"];
let haNoiStore: TenantStore;

beforeAll(async () => {
  const db = await createTestDb("emulation_seed");
  await seedDemo(db);
  const registry = new TenantRegistry(db);
  for (const id of ["ha-noi", "dak-nong"]) {
    await switchModule(db, [plugin], id, "emulation", { enabled: true });
    const tenant = (await registry.get(id)).data;
    const units = (await registry.store(id).queryAll<Unit>(["UNITS"], { skPrefix: ["U"] })).map(
      (i) => i.data,
    );
    const ctx = {
      tenant,
      db,
      units: directory(units),
      store: new TenantStore(db, id, namespaces.plugin("emulation")),
      settings: settingsSchema.parse({}),
    };
    await (await plugin.server()).seed!(ctx);
    await (await plugin.server()).seed!(ctx); // idempotent
  }
  app = createApp({ db, plugins: [plugin] }).app;
  haNoiStore = new TenantStore(db, "ha-noi", namespaces.plugin("emulation"));
}, 120_000);

const vi = (x: unknown) => (typeof x === "string" ? x : (x as { vi: string }).vi);
const board = async (tenant: string, id: string) =>
  (await (await app.request(`/api/public/${tenant}/m/emulation/scoreboards/${id}`)).json()) as {
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely
    rows: Record<string, any>[];
    schoolYear?: string;
  };

describe("demo seed reproduces the articles", () => {
  it("lists the demo clusters' school years for the clusters page", async () => {
    expect(await clusterYears(haNoiStore)).toEqual(["2022-2023", "2019-2020"]);
  });

  it("Đắk Nông: awards per level as reported on 06/10/2020", async () => {
    const rows = (await board("dak-nong", "awards")).rows.map((r) => [
      vi(r.level),
      vi(r.form),
      r.collective,
      r.individual,
    ]);
    expect(rows).toEqual([
      ["Công đoàn Giáo dục Việt Nam", "Bằng khen", 1, 6],
      ["LĐLĐ tỉnh/thành phố", "Bằng khen", 2, 10],
      ["Công đoàn ngành Giáo dục", "Danh hiệu “Giỏi việc trường, đảm việc nhà”", 0, 75],
      ["Công đoàn ngành Giáo dục", "Giấy khen", 9, 189],
    ]);
  });

  it("Đắk Nông: targets 94% vs 100% and 87% vs > 95% are not met; the renamed target keeps its history", async () => {
    const rows = (await board("dak-nong", "targets")).rows;
    expect(rows).toContainEqual(
      expect.objectContaining({
        planned: { vi: "≥ 100%", en: "≥ 100%" },
        achieved: { vi: "94%", en: "94%" },
        asOf: "2020-09-30",
        met: { vi: "Không đạt", en: "Not met" },
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        period: "2019–2020",
        planned: { vi: "> 95%", en: "> 95%" },
        achieved: { vi: "87%", en: "87%" },
        met: { vi: "Không đạt", en: "Not met" },
      }),
    );
    expect(rows.map((r) => r.target)).toContain(
      "Hằng năm, trên 95% CĐCS được xếp loại “CĐCS hoàn thành tốt nhiệm vụ”",
    );
  });

  it("Hà Nội: 90.186 of 106.312 (2017–2021), 403 recognised in Phú Xuyên (2019–2020)", async () => {
    const rows = (await board("ha-noi", "initiatives")).rows;
    expect(rows).toContainEqual(
      expect.objectContaining({ period: "2017–2021", submitted: 106312, recognised: 90186 }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ period: "2019–2020", district: "LĐLĐ huyện Phú Xuyên", recognised: 403 }),
    );
  });

  it("Hà Nội: Thanh Xuân rewards 50 CĐCS and 48 individuals; the city 10 collectives and 5 individuals", async () => {
    const rows = (await board("ha-noi", "awards")).rows.map((r) => [
      r.schoolYear,
      vi(r.level),
      r.collective,
      r.individual,
    ]);
    expect(rows).toContainEqual(["2022–2023", "LĐLĐ quận/huyện", 50, 48]);
    expect(rows).toContainEqual(["2021–2022", "LĐLĐ tỉnh/thành phố", 10, 5]);
  });

  it("Hà Nội: the public ranking shows the latest year's clusters, units only", async () => {
    const ranking = await board("ha-noi", "cluster-ranking");
    expect(ranking.schoolYear).toBe("2022-2023");
    expect(new Set(ranking.rows.map((r) => r.cluster)).size).toBe(3);
    expect(ranking.rows).toHaveLength(52);
    expect(ranking.rows.every((r) => r.unit.startsWith("CĐCS"))).toBe(true);
  });

  it("Hà Nội: a proposal forwarded by LĐLĐ quận Thanh Xuân waits at the city, with its trail", async () => {
    const p = await haNoiStore.get<Proposal>(keys.proposal("dn-demo-nhan-chinh-2022-2023"));
    expect(p?.data).toMatchObject({ status: "submitted", holderUnitId: "ha-noi", toLevel: "ldld-tinh" });
    expect(p?.data.trail?.map((s) => [s.action, s.unitId, s.toUnitId])).toEqual([
      ["submitted", "tx-thcs-nhan-chinh", "ldld-thanh-xuan"],
      ["forwarded", "ldld-thanh-xuan", "ha-noi"],
    ]);
    expect(p?.data.lines).toHaveLength(2);
  });
});
