import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { client, jsonOf, programmeInput } from "./test-fixtures";

/** Nomination evidence goes from the browser straight to storage, then the module keeps it. */
let h: PluginHarness;
let officerA: Record<string, string>;
let P = "";
const pdf = {
  fileName: "Giấy khen học sinh giỏi.pdf",
  contentType: "application/pdf",
  bytes: new Uint8Array([37, 80]),
};

beforeAll(async () => {
  h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  const admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  const res = await admin.post("/programmes", programmeInput());
  expect(res.status).toBe(201);
  P = `/programmes/${(await jsonOf(res)).id}`;
  officerA = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]);
}, 120_000);

describe("nomination evidence", () => {
  it("is uploaded with a form, then kept and its key answered for the nomination", async () => {
    const up = await h.upload(`${P}/evidence/upload-form`, pdf, officerA, { with: { unitId: "cdcs-a" } });
    if (!("key" in up)) throw new Error(`no form: ${up.refused.status}`);
    expect(up.form.fields.key).toBe(`tmp/ha-noi/scholarships/${up.key}`);
    expect(up.posted.status).toBe(204);
    const kept = await client(h, officerA).post(`${P}/evidence`, {
      unitId: "cdcs-a",
      key: up.key,
      fileName: pdf.fileName,
    });
    expect(kept.status).toBe(201);
    expect(await jsonOf(kept)).toEqual({
      key: up.key,
      fileName: pdf.fileName,
      contentType: "application/pdf",
      size: 2,
    });
  });

  it("refuses another school's officer, a forbidden type, and a key this tenant never uploaded", async () => {
    const officerB = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]);
    const other = await h.upload(`${P}/evidence/upload-form`, pdf, officerB, { with: { unitId: "cdcs-a" } });
    expect("refused" in other && other.refused.status).toBe(403);
    const html = await h.upload(
      `${P}/evidence/upload-form`,
      { ...pdf, fileName: "x.html", contentType: "text/html" },
      officerA,
      { with: { unitId: "cdcs-a" } },
    );
    expect("refused" in html && html.refused.status).toBe(415);
    // An upload of Hà Nội cannot be kept by Đắk Nông: it is looked up under Đắk Nông's prefix only.
    const up = await h.upload(`${P}/evidence/upload-form`, pdf, officerA, { with: { unitId: "cdcs-a" } });
    if (!("key" in up)) throw new Error("no form");
    const dakNongAdmin = await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong");
    const theirs = await h.request(
      "/programmes",
      {
        method: "POST",
        headers: { "Content-Type": "application/json", ...dakNongAdmin },
        body: JSON.stringify(programmeInput({ ownerUnitId: "dak-nong" })),
      },
      "dak-nong",
    );
    expect(theirs.status).toBe(201);
    const foreign = await h.request(
      `/programmes/${(await jsonOf(theirs)).id}/evidence`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept-Language": "en", ...dakNongAdmin },
        body: JSON.stringify({ unitId: "cdcs-a", key: up.key, fileName: "x.pdf" }),
      },
      "dak-nong",
    );
    expect(foreign.status).toBe(400);
    expect((await jsonOf(foreign)).error.message).toContain("uploaded file was not found");
    const own = await client(h, officerA).post(`${P}/evidence`, {
      unitId: "cdcs-a",
      key: up.key,
      fileName: "a.pdf",
    });
    expect(own.status).toBe(201);
  });
});
