import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { attachFile, attendance, body, client, preparation } from "./test-support";

type Conf = Record<string, unknown> & { version: number; status: string; minutes?: { key: string } };
type FileRef = { key: string; fileName: string; contentType: string; size: number };
type Err = { error: { message: string } };

let h: PluginHarness;
let officerA: ReturnType<typeof client>;
let officerB: ReturnType<typeof client>;
let reviewer: ReturnType<typeof client>;
let officerHeaders: Record<string, string>;
const Y = "2025-2026";
const path = `/conferences/${Y}/cdcs-a`;

const pdf = (fileName: string) => ({
  fileName,
  contentType: "application/pdf",
  bytes: new Uint8Array([37, 80, 68, 70, 45]),
});

beforeAll(async () => {
  h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  const admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  officerHeaders = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]);
  officerA = client(h, officerHeaders);
  officerB = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]));
  reviewer = client(h, await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]));
  expect((await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi" })).status).toBe(201);
  const created = await body<Conf>(await officerA.post(path, { kind: "cbccvc", preparation: preparation() }));
  const recorded = await body<Conf>(
    await officerA.patch(path, { version: created.version, attendance: attendance(52, 48) }),
  );
  const closed = await officerA.post(`${path}/close`, { version: recorded.version });
  expect(closed.status).toBe(200);
});

async function uploaded(fileName: string): Promise<FileRef> {
  const res = await attachFile(h, path, officerHeaders, pdf(fileName));
  expect(res.status).toBe(201);
  return body<FileRef>(res);
}

describe("the minutes of a conference closed without them", () => {
  it("are attached by the school's officer without reopening; nothing else changes; audited", async () => {
    const before = await body<Conf>(await officerA.get(path));
    expect(before.status).toBe("closed");
    expect(before.minutes).toBeUndefined();
    const file = await uploaded("bien-ban-hoi-nghi.pdf");

    // The ordinary edit stays refused on a locked conference.
    const patch = await officerA.patch(path, { version: before.version, minutes: file });
    expect(patch.status).toBe(409);

    const res = await officerA.post(`${path}/minutes`, { version: before.version, minutes: file });
    expect(res.status).toBe(200);
    const after = await body<Conf>(res);
    expect(after.minutes?.key).toBe(file.key);
    const { minutes: _added, version: v1, ...rest } = after;
    const { version: v0, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(v1).toBe(v0 + 1);

    const download = await officerA.get(`${path}/files/${file.key}`);
    expect(download.status).toBe(200);

    const audit = await body<{ items: { action: string; target: string }[] }>(
      await h.app.request("/api/t/ha-noi/audit?limit=50", {
        headers: await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]),
      }),
    );
    expect(
      audit.items.filter(
        (i) => i.action === "democracy.conference.minutes" && i.target === `conference:${Y}/cdcs-a`,
      ),
    ).toHaveLength(1);
  });

  it("refuses replacing minutes already attached (reopen first), in both languages", async () => {
    const conf = await body<Conf>(await officerA.get(path));
    const other = await uploaded("bien-ban-khac.pdf");
    const again = await officerA.post(`${path}/minutes`, { version: conf.version, minutes: other });
    expect(again.status).toBe(409);
    expect((await body<Err>(again)).error.message).toContain("đã có biên bản");
    const en = await h.request(`${path}/minutes?lang=en`, {
      method: "POST",
      headers: { ...officerHeaders, "Content-Type": "application/json", "Accept-Language": "en" },
      body: JSON.stringify({ version: conf.version, minutes: other }),
    });
    expect(en.status).toBe(409);
    expect((await body<Err>(en)).error.message).toContain("already has its minutes");
  });

  it("is for the school's own officer only, at the version read, with a file that exists", async () => {
    const conf = await body<Conf>(await officerA.get(path));
    const file = {
      key: "f0123456789abcdef01234567",
      fileName: "x.pdf",
      contentType: "application/pdf",
      size: 5,
    };
    expect((await officerB.post(`${path}/minutes`, { version: conf.version, minutes: file })).status).toBe(
      403,
    );
    expect((await reviewer.post(`${path}/minutes`, { version: conf.version, minutes: file })).status).toBe(
      403,
    );
    expect((await officerA.post(`${path}/minutes`, { version: conf.version })).status).toBe(400);
  });
});
