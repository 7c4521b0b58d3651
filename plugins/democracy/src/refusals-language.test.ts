import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { body, client, preparation } from "./test-support";

type Err = { error: { code: string; message: string } };

describe("refusals in the reader's language", () => {
  let h: PluginHarness;
  let vi: ReturnType<typeof client>;
  let en: ReturnType<typeof client>;
  const path = "/conferences/2025-2026/cdcs-a";

  beforeAll(async () => {
    h = await createPluginHarness(plugin);
    const admin = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
    vi = client(h, admin);
    en = client(h, { ...admin, "Accept-Language": "en-GB,en;q=0.9" });
    expect((await vi.post("/campaigns", { year: "2025-2026", scopeUnitId: "ha-noi" })).status).toBe(201);
    expect((await vi.post(path, { kind: "cbccvc", preparation: preparation() })).status).toBe(201);
  });

  it("answers a second conference of the year in Vietnamese by default and in English when asked", async () => {
    const inVietnamese = await vi.post(path, { kind: "cbccvc", preparation: preparation() });
    expect(inVietnamese.status).toBe(409);
    expect((await body<Err>(inVietnamese)).error.message).toBe(
      "Thao tác không thực hiện được vì dữ liệu đã tồn tại hoặc vừa thay đổi: đơn vị đã có hội nghị của năm học 2025–2026; hãy mở hội nghị đó để sửa",
    );
    const inEnglish = await en.post(path, { kind: "cbccvc", preparation: preparation() });
    expect(inEnglish.status).toBe(409);
    expect((await body<Err>(inEnglish)).error.message).toBe(
      "The operation conflicts with existing or changed data: the unit already has a 2025–2026 conference; open that one to change it",
    );
  });

  it("gives a refused close (no attendance yet) in both languages", async () => {
    const refusedVi = await vi.post(`${path}/close`, { version: 1 });
    expect(refusedVi.status).toBe(400);
    expect((await body<Err>(refusedVi)).error.message).toBe(
      "Yêu cầu không hợp lệ: chưa ghi điểm danh (số được triệu tập, có mặt, vắng)",
    );
    const refusedEn = await en.post(`${path}/close`, { version: 1 });
    expect((await body<Err>(refusedEn)).error.message).toBe(
      "Bad request: the attendance (invited, present, absent) is not recorded yet",
    );
  });

  it("says a quorum shortfall in English too", async () => {
    const saved = await vi.patch(path, {
      version: 1,
      attendance: { invited: 36, present: 20, absences: [] },
    });
    expect(saved.status).toBe(200);
    const refused = await en.post(`${path}/close`, { version: 2 });
    expect((await body<Err>(refused)).error.message).toBe(
      "Bad request: quorum not reached: 20 of 36 people invited present, at least 24 needed (2/3); 4 short",
    );
  });
});
