import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { attachFile, attendance, body, client, preparation } from "./test-support";

type Ref = { key: string; fileName: string; contentType: string; size: number };
type Conf = { version: number; preparation: { draftFiles: Ref[] } & Record<string, unknown> };

let h: PluginHarness;
let officerHeaders: Record<string, string>;
let officer: ReturnType<typeof client>;
const Y = "2025-2026";
const path = `/conferences/${Y}/cdcs-a`;

async function upload(name: string): Promise<Ref> {
  const res = await attachFile(h, path, officerHeaders, {
    fileName: name,
    contentType: "application/msword",
    bytes: new Uint8Array([1, 2, 3]),
  });
  expect(res.status).toBe(201);
  return body<Ref>(res);
}

const remove = (key: string, version: number, headers = officerHeaders) =>
  h.request(`${path}/drafts/${key}`, {
    method: "DELETE",
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify({ version }),
  });

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  const admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  officerHeaders = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]);
  officer = client(h, officerHeaders);
  expect((await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi" })).status).toBe(201);
  expect((await officer.post(path, { kind: "cbccvc", preparation: preparation() })).status).toBe(201);
});

describe("removing a draft (dự thảo)", () => {
  it("takes it out of the preparation, deletes the file, audits; others and stale versions are refused", async () => {
    const first = await upload("du-thao-quy-che-chi-tieu.docx");
    const second = await upload("du-thao-quy-che-thi-dua.docx");
    const current = await body<Conf>(await officer.get(path));
    const saved = await body<Conf>(
      await officer.patch(path, {
        version: current.version,
        preparation: { ...current.preparation, draftFiles: [first, second] },
      }),
    );
    const other = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]);
    expect((await remove(first.key, saved.version, other)).status).toBe(403);
    expect((await remove(first.key, saved.version - 1)).status).toBe(409);
    expect((await remove("f0123456789abcdef01234567", saved.version)).status).toBe(404);
    expect((await remove("not-a-key", saved.version)).status).toBe(400);
    const res = await remove(first.key, saved.version);
    expect(res.status).toBe(200);
    const after = await body<Conf>(res);
    expect(after.preparation.draftFiles.map((f) => f.fileName)).toEqual(["du-thao-quy-che-thi-dua.docx"]);
    expect((await officer.get(`${path}/files/${first.key}`)).status).toBe(404);
    const audit = await body<{ items: { action: string; target: string }[] }>(
      await h.app.request("/api/t/ha-noi/audit?limit=50", {
        headers: await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]),
      }),
    );
    expect(audit.items.filter((i) => i.action === "democracy.conference.draft.remove")).toEqual([
      expect.objectContaining({ target: `conference:${Y}/cdcs-a` }),
    ]);
  });

  it("is refused once the conference is closed (locked)", async () => {
    const current = await body<Conf>(await officer.get(path));
    const recorded = await body<Conf>(
      await officer.patch(path, { version: current.version, attendance: attendance(30, 29) }),
    );
    const closed = await body<Conf>(await officer.post(`${path}/close`, { version: recorded.version }));
    const key = closed.preparation.draftFiles[0]!.key;
    const res = await remove(key, closed.version);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("khoá");
    expect((await officer.get(`${path}/files/${key}`)).status).toBe(200);
  });
});
