import { beforeAll, describe, expect, it } from "vitest";
import { createDemoHost, type DemoHost } from "../test-support/demo-host";

let host: DemoHost;
let admin: Record<string, string>;

beforeAll(async () => {
  host = await createDemoHost("units");
  admin = await host.signIn("ha-noi", "admin.hanoi");
});

interface UnitJson {
  id: string;
  name: string;
  parentId: string | null;
  status: string;
  memberCount: number;
  version: number;
  mergedInto?: string;
}

const unit = async (id: string) =>
  (await (await host.call(`/api/t/ha-noi/units/${id}`, { headers: admin })).json()) as {
    unit: UnitJson;
    path: { id: string }[];
    children: UnitJson[];
  };

describe("the union tree", () => {
  it("lists the whole tree to anyone of the federation, with Thanh Xuân's 52 school unions", async () => {
    const member = await host.signIn("ha-noi", "doanvien.nhanchinh");
    const res = await host.call("/api/t/ha-noi/units", { headers: member });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: UnitJson[] };
    expect(items.filter((u) => u.parentId === "ldld-thanh-xuan")).toHaveLength(52);
    const detail = await unit("tx-thcs-nhan-chinh");
    expect(detail.path.map((p) => p.id)).toEqual(["ha-noi", "ldld-thanh-xuan"]);
  });

  it("creates a district and a school union, names the id from the name, and audits both", async () => {
    const district = await host.call("/api/t/ha-noi/units", {
      method: "POST",
      headers: admin,
      body: { name: "LĐLĐ quận Đống Đa", kind: "ldld-huyen", parentId: "ha-noi" },
    });
    expect(district.status).toBe(201);
    const d = (await district.json()) as UnitJson;
    expect(d.id).toBe("ldld-quan-dong-da");
    const school = await host.call("/api/t/ha-noi/units", {
      method: "POST",
      headers: admin,
      body: {
        name: "CĐCS Trường THCS Cát Linh",
        kind: "cdcs",
        parentId: d.id,
        schoolLevel: "thcs",
        ownership: "public",
        memberCount: 48,
      },
    });
    expect(school.status).toBe(201);
    const bad = await host.call("/api/t/ha-noi/units", {
      method: "POST",
      headers: admin,
      body: { name: "X", kind: "cdcs", parentId: d.id, memberCount: 10, womenMemberCount: 12 },
    });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: { path: string }[] } }).error.fields.map(
      (f) => f.path,
    );
    expect(fields).toEqual(expect.arrayContaining(["name", "womenMemberCount"]));
    const audit = (await (
      await host.call(`/api/t/ha-noi/audit?unitId=${d.id}`, { headers: admin })
    ).json()) as {
      items: { action: string }[];
    };
    expect(audit.items.map((e) => e.action)).toContain("unit.create");
  });

  it("two admins editing the same unit at once: exactly one wins, the other gets 409 in Vietnamese", async () => {
    const before = (await unit("px-tieu-hoc-khai-thai")).unit;
    const results = await Promise.all(
      ["Trường Tiểu học Khai Thái (A)", "Trường Tiểu học Khai Thái (B)"].map((name) =>
        host.call("/api/t/ha-noi/units/px-tieu-hoc-khai-thai", {
          method: "PATCH",
          headers: admin,
          body: { expectedVersion: before.version, name },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(((await loser.json()) as { error: { message: string } }).error.message).toMatch(
      /vừa được người khác cập nhật/,
    );
    const after = (await unit("px-tieu-hoc-khai-thai")).unit;
    expect(after.version).toBe(before.version + 1);
    const audit = (await (
      await host.call("/api/t/ha-noi/audit?unitId=px-tieu-hoc-khai-thai", { headers: admin })
    ).json()) as {
      items: unknown[];
    };
    expect(audit.items).toHaveLength(1);
  });

  it("moves a school union to another district, but never into its own subtree or under a closed unit", async () => {
    const current = (await unit("px-mam-non-phu-tuc")).unit;
    const moved = await host.call("/api/t/ha-noi/units/px-mam-non-phu-tuc/move", {
      method: "POST",
      headers: admin,
      body: { expectedVersion: current.version, newParentId: "ldld-thanh-xuan" },
    });
    expect(moved.status).toBe(200);
    expect((await unit("px-mam-non-phu-tuc")).path.map((p) => p.id)).toEqual(["ha-noi", "ldld-thanh-xuan"]);
    const district = (await unit("ldld-phu-xuyen")).unit;
    const cycle = await host.call("/api/t/ha-noi/units/ldld-phu-xuyen/move", {
      method: "POST",
      headers: admin,
      body: { expectedVersion: district.version, newParentId: "px-thcs-tran-phu" },
    });
    expect(cycle.status).toBe(400);
    expect((await unit("ldld-phu-xuyen")).unit.parentId).toBe("ha-noi");
    const root = (await unit("ha-noi")).unit;
    const moveRoot = await host.call("/api/t/ha-noi/units/ha-noi/move", {
      method: "POST",
      headers: admin,
      body: { expectedVersion: root.version, newParentId: "ldld-phu-xuyen" },
    });
    expect(moveRoot.status).toBe(400);
  });

  it("merges a district into another: children follow, the old unit is closed and keeps its history", async () => {
    const created = (await (
      await host.call("/api/t/ha-noi/units", {
        method: "POST",
        headers: admin,
        body: { name: "LĐLĐ huyện Thường Tín", kind: "ldld-huyen", parentId: "ha-noi" },
      })
    ).json()) as UnitJson;
    for (const name of ["CĐCS Trường THCS Thường Tín", "CĐCS Trường Tiểu học Văn Bình"]) {
      await host.call("/api/t/ha-noi/units", {
        method: "POST",
        headers: admin,
        body: { name, kind: "cdcs", parentId: created.id, memberCount: 30 },
      });
    }
    const target = (await unit("ldld-phu-xuyen")).unit;
    const merged = await host.call(`/api/t/ha-noi/units/${created.id}/merge`, {
      method: "POST",
      headers: admin,
      body: { expectedVersion: 1, intoUnitId: "ldld-phu-xuyen" },
    });
    expect(merged.status).toBe(200);
    const after = await unit(created.id);
    expect(after.unit).toMatchObject({ status: "closed", mergedInto: "ldld-phu-xuyen" });
    expect(after.children).toEqual([]);
    const phuXuyen = await unit("ldld-phu-xuyen");
    expect(phuXuyen.children.map((c) => c.id)).toEqual(
      expect.arrayContaining(["cdcs-truong-thcs-thuong-tin", "cdcs-truong-tieu-hoc-van-binh"]),
    );
    expect(phuXuyen.unit.version).toBe(target.version + 1);
  });

  it("refuses to close a unit with active sub-units, closes an empty one, and reopens it", async () => {
    const district = (await unit("ldld-thanh-xuan")).unit;
    const refused = await host.call("/api/t/ha-noi/units/ldld-thanh-xuan/close", {
      method: "POST",
      headers: admin,
      body: { expectedVersion: district.version },
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /còn \d+ đơn vị trực thuộc/,
    );
    const school = (await unit("tx-thcs-nguyen-lan")).unit;
    const closed = await host.call("/api/t/ha-noi/units/tx-thcs-nguyen-lan/close", {
      method: "POST",
      headers: admin,
      body: { expectedVersion: school.version },
    });
    expect(((await closed.json()) as UnitJson).status).toBe("closed");
    const reopened = await host.call("/api/t/ha-noi/units/tx-thcs-nguyen-lan/reopen", {
      method: "POST",
      headers: admin,
      body: { expectedVersion: school.version + 1 },
    });
    expect(((await reopened.json()) as UnitJson).status).toBe("active");
  });

  it("only federation admins edit the tree", async () => {
    for (const username of ["thamdinh.thanhxuan", "canbo.nhanchinh", "doanvien.nhanchinh"]) {
      const headers = await host.signIn("ha-noi", username);
      const res = await host.call("/api/t/ha-noi/units/tx-thcs-nhan-chinh", {
        method: "PATCH",
        headers,
        body: { expectedVersion: 1, name: "Đổi tên trái phép" },
      });
      expect(res.status, username).toBe(403);
    }
    expect((await unit("tx-thcs-nhan-chinh")).unit.name).toBe("CĐCS Trường THCS Nhân Chính");
  });
});
