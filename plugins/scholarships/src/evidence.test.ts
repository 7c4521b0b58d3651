import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { tableShape } from "@congdoan/db";
import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { keys } from "./keys";
import { child, client, jsonOf, programmeInput } from "./test-fixtures";

/** Evidence goes straight to storage, is kept, attached to a nomination and shown only to those who may see the child. */
let h: PluginHarness;
let admin: Record<string, string>;
let officer: Record<string, string>;
let parent: string;
let programmeId: string;
const pdf = new TextEncoder().encode("%PDF-1.4\n% giấy khen\n%%EOF\n");

async function uploadEvidence(headers: Record<string, string>, unitId = "cdcs-a") {
  const up = await h.upload(
    `/programmes/${programmeId}/evidence/upload-form`,
    { fileName: "giay-khen.pdf", contentType: "application/pdf", bytes: pdf },
    headers,
    { with: { unitId } },
  );
  return up;
}

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  admin = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
  officer = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]);
  parent = await h.addMember({ fullName: "Trần Thị Minh Thư", unitId: "cdcs-a" });
  programmeId = (await jsonOf(await client(h, admin).post("/programmes", programmeInput()))).id;
}, 120_000);

describe("evidence for a nomination", () => {
  it("uploaded, kept, attached and listed with its name and size for the unit and the deciders only", async () => {
    const up = await uploadEvidence(officer);
    if (!("key" in up)) throw new Error(`refused ${up.refused.status}`);
    expect(up.posted.status).toBeLessThan(300);
    const kept = await client(h, officer).post(`/programmes/${programmeId}/evidence`, {
      unitId: "cdcs-a",
      key: up.key,
      fileName: "giay-khen.pdf",
    });
    expect(kept.status).toBe(201);
    const file = await jsonOf(kept);
    expect(file).toMatchObject({ fileName: "giay-khen.pdf", size: pdf.length });

    const created = await client(h, officer).post(`/programmes/${programmeId}/nominations`, {
      unitId: "cdcs-a",
      memberId: parent,
      category: "hoc-gioi",
      child: child(),
      evidenceKeys: [file.key],
    });
    expect(created.status).toBe(201);
    const id = (await jsonOf(created)).id;
    const expected = [{ key: file.key, fileName: "giay-khen.pdf", size: pdf.length }];
    for (const who of [officer, admin]) {
      const shown = await jsonOf(await client(h, who).get(`/programmes/${programmeId}/nominations/${id}`));
      expect(shown.evidence).toEqual(expected);
    }
    const others = [
      await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]),
      await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]),
    ];
    for (const who of others) {
      const res = await client(h, who).get(`/programmes/${programmeId}/nominations/${id}`);
      expect([403, 404]).toContain(res.status);
      expect(await res.text()).not.toContain("giay-khen");
    }
  });

  it("a key that was never kept is refused, in the caller's language", async () => {
    const body = {
      unitId: "cdcs-a",
      memberId: parent,
      category: "hoc-gioi",
      child: child(),
      evidenceKeys: ["f0123456789abcdef01234567"],
    };
    const en = await client(h, { ...officer, "Accept-Language": "en" }).post(
      `/programmes/${programmeId}/nominations`,
      body,
    );
    expect(en.status).toBe(400);
    expect((await jsonOf(en)).error.message).toContain("an evidence file does not exist");
  });

  it("an officer of another unit, a member and no login cannot ask for an upload form", async () => {
    const member = await h.headersFor([{ role: "member", unitId: "cdcs-a" }]);
    for (const who of [await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]), member, {}]) {
      const up = await uploadEvidence(who);
      expect("refused" in up && [401, 403].includes(up.refused.status)).toBe(true);
    }
  });

  it("a file too large or of a forbidden type is refused before signing", async () => {
    const asked = (contentType: string, size: number, locale: string) =>
      h.request(`/programmes/${programmeId}/evidence/upload-form`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept-Language": locale, ...officer },
        body: JSON.stringify({ unitId: "cdcs-a", fileName: "x", contentType, size }),
      });
    const large = await asked("application/pdf", 50 * 1024 * 1024, "vi");
    expect(large.status).toBe(413);
    expect((await jsonOf(large)).error.message).toContain("quá lớn (tối đa 10 MB)");
    const wrong = await asked("application/x-msdownload", 100, "en");
    expect(wrong.status).toBe(415);
    expect((await jsonOf(wrong)).error.message).toContain("This type of file is not accepted");
  });

  it("closing puts the evidence on the expiring personal data, so its expiry erases the files too", async () => {
    const up = await uploadEvidence(officer);
    if (!("key" in up)) throw new Error(`refused ${up.refused.status}`);
    const file = await jsonOf(
      await client(h, officer).post(`/programmes/${programmeId}/evidence`, {
        unitId: "cdcs-a",
        key: up.key,
        fileName: "giay-khen.pdf",
      }),
    );
    const other = await h.addMember({ fullName: "Lê Văn Bình", unitId: "cdcs-a" });
    const created = await client(h, officer).post(`/programmes/${programmeId}/nominations`, {
      unitId: "cdcs-a",
      memberId: other,
      category: "hoc-gioi",
      child: child({ fullName: "Lê Minh Khang" }),
      evidenceKeys: [file.key],
    });
    expect(created.status).toBe(201);
    const id = (await jsonOf(created)).id;
    const current = await jsonOf(await client(h, admin).get(`/programmes/${programmeId}`));
    const closed = await client(h, admin).post(`/programmes/${programmeId}/close`, {
      expectedVersion: current.version,
    });
    expect(closed.status).toBe(200);
    const item = await h.db.doc.send(
      new GetCommand({ TableName: h.db.tableName, Key: h.store.key(keys.personalDataOf(programmeId, id)) }),
    );
    // The attribute the cloud's expired-files function reads when DynamoDB's TTL deletes the item.
    expect(item.Item?.[tableShape.expiringFilesAttribute]).toEqual([file.key]);
    expect(item.Item?.[tableShape.ttlAttribute]).toBe((await jsonOf(closed)).personalDataExpiresAt);
  });
});
