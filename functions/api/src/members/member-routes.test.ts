import { beforeAll, describe, expect, it } from "vitest";
import { createDemoHost, type DemoHost } from "../test-support/demo-host";
import { membersToCsv } from "./import-export";
import { sampleMembers } from "./import-export/sample-members";

let host: DemoHost;
let admin: Record<string, string>;
let officer: Record<string, string>;

const THANH_XUAN_SCHOOLS = [
  "tx-thcs-nhan-chinh",
  "tx-tieu-hoc-kim-giang",
  "tx-mam-non-hoa-sua",
  "tx-thcs-khuong-dinh",
];

beforeAll(async () => {
  host = await createDemoHost("members");
  admin = await host.signIn("ha-noi", "admin.hanoi");
  officer = await host.signIn("ha-noi", "canbo.nhanchinh");
});

interface MemberJson {
  id: string;
  fullName: string;
  unitId: string;
  version: number;
}

/** A CSV of `count` members in which exactly the rows listed in `broken` are wrong, each in its own way. */
function fileWithBadRows(count: number, broken: number[]): { base64: string; badSheetRows: number[] } {
  const rows = sampleMembers(count, { unitIds: THANH_XUAN_SCHOOLS, seed: 7 });
  const lines = new TextDecoder().decode(membersToCsv(rows)).split("\r\n");
  const damage = [
    (l: string) => l.replace(/\d{2}\/\d{2}\/\d{4}/, "31/02/1985"),
    (l: string) => l.replace(/tx-[a-z-]+/, "khong-co-don-vi"),
    (l: string) => l.replace(/,(Nam|Nữ),/, ",Không rõ,"),
    (l: string) => l.replace(/^([^,]*),[^,]+,/, "$1,,"),
  ];
  broken.forEach((dataIndex, i) => {
    lines[dataIndex + 1] = damage[i % damage.length]!(lines[dataIndex + 1]!);
  });
  return {
    base64: Buffer.from(lines.join("\r\n"), "utf8").toString("base64"),
    badSheetRows: broken.map((i) => i + 2).sort((a, b) => a - b),
  };
}

describe("members", () => {
  it("imports 5.000 rows with 20 bad ones: the preview lists exactly those 20, confirming imports the rest, a second import changes nothing", async () => {
    const broken = Array.from({ length: 20 }, (_, i) => 37 + i * 241);
    const file = fileWithBadRows(5000, broken);
    const body = { fileName: "doan-vien.csv", contentBase64: file.base64 };
    const preview = await host.call("/api/t/ha-noi/members/import/preview", {
      method: "POST",
      headers: admin,
      body,
    });
    expect(preview.status).toBe(200);
    const p = (await preview.json()) as {
      total: number;
      valid: number;
      toCreate: number;
      badRows: number[];
      errors: { row: number; message: string }[];
    };
    expect(p.total).toBe(5000);
    expect(p.badRows).toEqual(file.badSheetRows);
    expect(p.valid).toBe(4980);
    expect(p.toCreate).toBe(4980);
    expect(p.errors.find((e) => e.row === file.badSheetRows[0])?.message).toMatch(/Dòng \d+/);
    const before = (await (
      await host.call("/api/t/ha-noi/members?unitId=tx-thcs-nhan-chinh&limit=5", { headers: admin })
    ).json()) as {
      items: unknown[];
    };
    expect(before.items).toEqual([]);

    const confirmed = await host.call("/api/t/ha-noi/members/import/confirm", {
      method: "POST",
      headers: admin,
      body,
    });
    expect(await confirmed.json()).toEqual({ created: 4980, updated: 0, unchanged: 0, skipped: 20 });
    const again = await host.call("/api/t/ha-noi/members/import/confirm", {
      method: "POST",
      headers: admin,
      body,
    });
    expect(await again.json()).toEqual({ created: 0, updated: 0, unchanged: 4980, skipped: 20 });
  }, 120_000);

  it("an officer sees and edits only their own school's members", async () => {
    const own = (await (
      await host.call("/api/t/ha-noi/members?unitId=tx-thcs-nhan-chinh&limit=3", { headers: officer })
    ).json()) as {
      items: MemberJson[];
      cursor?: string;
    };
    expect(own.items).toHaveLength(3);
    expect(own.items.every((m) => m.unitId === "tx-thcs-nhan-chinh")).toBe(true);
    expect(own.cursor).toBeDefined();
    expect(
      (await host.call("/api/t/ha-noi/members?unitId=tx-thcs-khuong-dinh", { headers: officer })).status,
    ).toBe(403);
    const wide = (await (
      await host.call("/api/t/ha-noi/members?limit=100", { headers: officer })
    ).json()) as { items: MemberJson[] };
    expect(wide.items.every((m) => m.unitId === "tx-thcs-nhan-chinh")).toBe(true);
    const stranger = (await (
      await host.call("/api/t/ha-noi/members?unitId=tx-thcs-khuong-dinh&limit=1", { headers: admin })
    ).json()) as {
      items: MemberJson[];
    };
    expect(
      (await host.call(`/api/t/ha-noi/members/${stranger.items[0]!.id}`, { headers: officer })).status,
    ).toBe(404);
    const reviewer = await host.signIn("ha-noi", "thamdinh.thanhxuan");
    expect((await host.call("/api/t/ha-noi/members", { headers: reviewer })).status).toBe(403);
  });

  it("finds members by name without accents", async () => {
    const created = await host.call("/api/t/ha-noi/members", {
      method: "POST",
      headers: officer,
      body: {
        fullName: "Đặng Thị Thùy Dương",
        gender: "nu",
        dateOfBirth: "1988-03-08",
        unitId: "tx-thcs-nhan-chinh",
        status: "active",
      },
    });
    expect(created.status).toBe(201);
    const found = (await (
      await host.call("/api/t/ha-noi/members?unitId=tx-thcs-nhan-chinh&q=dang%20thi%20thuy&limit=100", {
        headers: officer,
      })
    ).json()) as {
      items: MemberJson[];
    };
    expect(found.items.map((m) => m.fullName)).toContain("Đặng Thị Thùy Dương");
  });

  it("two officers editing one member at once: one wins, the other gets 409", async () => {
    const m = (await (
      await host.call("/api/t/ha-noi/members?unitId=tx-thcs-nhan-chinh&limit=1", { headers: officer })
    ).json()) as {
      items: MemberJson[];
    };
    const target = m.items[0]!;
    const results = await Promise.all(
      ["Tổ trưởng chuyên môn", "Thư ký công đoàn"].map((position) =>
        host.call(`/api/t/ha-noi/members/${target.id}`, {
          method: "PATCH",
          headers: officer,
          body: { expectedVersion: target.version, position },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("exports what the caller may see as CSV (with BOM) and Excel", async () => {
    const csv = await host.call("/api/t/ha-noi/members/export?format=csv&unitId=tx-thcs-nhan-chinh", {
      headers: officer,
    });
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\n")[0]).toContain("Họ và tên");
    expect(text).not.toContain("tx-thcs-khuong-dinh");
    const xlsx = await host.call("/api/t/ha-noi/members/export?format=xlsx", { headers: officer });
    expect(xlsx.headers.get("content-type")).toMatch(/spreadsheetml/);
    expect(xlsx.headers.get("content-disposition")).toMatch(/\.xlsx"/);
  });
});
