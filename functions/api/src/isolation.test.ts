import { corePermissions, type Role } from "@congdoan/core";
import { ACCESS_EXTENSION, PUBLIC } from "@congdoan/plugin-sdk";
import { guestbookPlugin } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { provisionAccount } from "./identity/provision";
import { registeredPlugins } from "./plugin-host/registry";
import { switchModule } from "./tenants/module-switch";
import { createDemoHost, type DemoHost } from "./test-support/demo-host";

/**
 * Walks every operation of /api/openapi.json — so routes added later are covered without editing
 * this file — as the public, as a member, as a school-union officer of another unit and as the
 * admin of the other federation, and checks the status each must get and that no answer carries
 * the other federation's data.
 */
let host: DemoHost;
let operations: { method: string; path: string; access: string | undefined }[];
const actors: Record<string, Record<string, string>> = {};

const HA_NOI_ONLY = ["Nhân Chính", "Thanh Xuân", "tx-thcs-nhan-chinh", "canbo.nhanchinh"];
const DAK_NONG_ONLY = ["Đắk Nông", "dak-nong", "Gia Nghĩa", "admin.daknong"];

/** The shipped modules and the SDK's test module: every route any of them adds is walked. */
const plugins = [...registeredPlugins, guestbookPlugin];
const permissionRoles: Record<string, readonly Role[]> = {
  ...Object.fromEntries(Object.entries(corePermissions).map(([k, v]) => [k, v.roles])),
  ...Object.fromEntries(plugins.flatMap((p) => Object.entries(p.permissions)).map(([k, v]) => [k, v.roles])),
};

function concrete(path: string, tenant: string, ids: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name === "tenant" ? tenant : (ids[name] ?? "khong-co"),
  );
}

async function send(method: string, path: string, headers: Record<string, string> = {}) {
  const withBody = ["post", "put", "patch"].includes(method);
  const res = await host.call(path, {
    method: method.toUpperCase(),
    headers,
    ...(withBody ? { body: {} } : {}),
  });
  return { status: res.status, text: await res.text() };
}

const haNoiIds = {
  unitId: "tx-thcs-nhan-chinh",
  username: "canbo.nhanchinh",
  module: "guestbook",
  scoreboard: "entries-per-unit",
  memberId: "khong-co",
};

beforeAll(async () => {
  host = await createDemoHost("isolation", plugins);
  for (const tenant of ["ha-noi", "dak-nong"]) {
    for (const p of plugins) await switchModule(host.db, plugins, tenant, p.id, { enabled: true });
  }
  const doc = (await (await host.call("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method,
      path,
      access: op[ACCESS_EXTENSION] as string | undefined,
    })),
  );
  actors.member = await host.signIn("ha-noi", "doanvien.nhanchinh");
  actors.officer = await host.signIn("ha-noi", "canbo.nhanchinh");
  actors.otherAdmin = await host.signIn("dak-nong", "admin.daknong");
  // The same username in both federations: a token minted in one must not open the other.
  const twin = { username: "trung.ten", displayName: "Trùng tên", password: "Mat-khau-trung-1" };
  await provisionAccount(host.db, "dak-nong", {
    ...twin,
    grants: [{ role: "federation-admin", unitId: "dak-nong" }],
  });
  await provisionAccount(host.db, "ha-noi", {
    ...twin,
    grants: [{ role: "federation-admin", unitId: "ha-noi" }],
  });
  actors.twinAdmin = await host.signIn("dak-nong", "trung.ten", twin.password);
});

describe("tenant isolation on every route of the OpenAPI document", () => {
  it("covers the routes the product has (sanity: the walk is not empty)", () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.map((o) => o.path)).toContain("/api/t/{tenant}/units/{unitId}/merge");
    for (const p of plugins)
      expect(
        operations.some((o) => o.path.includes(`/m/${p.id}/`)),
        p.id,
      ).toBe(true);
  });

  it("every operation declares who may call it", () => {
    const undeclared = operations.filter((o) => !o.access).map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(undeclared).toEqual([]);
    const unknown = operations.filter(
      (o) => o.access && o.access !== PUBLIC && o.access !== "authenticated" && !permissionRoles[o.access],
    );
    expect(unknown).toEqual([]);
  });

  it("the public gets 401 on everything that is not public, and never a 5xx", async () => {
    for (const op of operations) {
      const { status } = await send(op.method, concrete(op.path, "ha-noi", haNoiIds));
      const label = `${op.method.toUpperCase()} ${op.path} → ${status}`;
      if (op.access === PUBLIC) expect(status, label).toBeLessThan(500);
      else expect(status, label).toBe(401);
    }
  });

  it("the other federation's admin is a stranger here: 401, and not one of its names in any answer", async () => {
    for (const op of operations.flatMap((o) => [
      { ...o, as: actors.otherAdmin },
      { ...o, as: actors.twinAdmin },
    ])) {
      const { status, text } = await send(op.method, concrete(op.path, "ha-noi", haNoiIds), op.as);
      const label = `${op.method.toUpperCase()} ${op.path} → ${status}`;
      if (op.access !== PUBLIC) expect(status, label).toBe(401);
      // The platform-wide list of federations names them all on purpose; everything under a tenant must not.
      if (op.path.includes("{tenant}"))
        for (const foreign of DAK_NONG_ONLY) expect(text, label).not.toContain(foreign);
    }
  });

  it("the other federation's admin, at home, cannot reach Hà Nội's records by their ids", async () => {
    for (const op of operations.filter((o) => /\{(unitId|username|memberId)\}/.test(o.path))) {
      const { status, text } = await send(
        op.method,
        concrete(op.path, "dak-nong", haNoiIds),
        actors.otherAdmin,
      );
      const label = `${op.method.toUpperCase()} ${op.path} → ${status}`;
      expect([400, 401, 403, 404, 409], label).toContain(status);
      for (const foreign of HA_NOI_ONLY) expect(text, label).not.toContain(foreign);
    }
  });

  it("a member gets 403 wherever their role does not hold the route's permission", async () => {
    for (const op of operations.filter(
      (o) => o.access && o.access !== PUBLIC && o.access !== "authenticated",
    )) {
      const { status, text } = await send(op.method, concrete(op.path, "ha-noi", haNoiIds), actors.member);
      const label = `${op.method.toUpperCase()} ${op.path} → ${status}`;
      // The operators' space does not know federation accounts at all.
      if (op.path.startsWith("/api/platform/")) expect(status, label).toBe(401);
      else if (!permissionRoles[op.access!]!.includes("member")) expect(status, label).toBe(403);
      else expect(status, label).toBeLessThan(500);
      if (op.path.includes("{tenant}"))
        for (const foreign of DAK_NONG_ONLY) expect(text, label).not.toContain(foreign);
    }
  });

  it("a school-union officer cannot act on another school's records", async () => {
    const otherUnit = { ...haNoiIds, unitId: "px-thcs-tran-phu", username: "admin.hanoi" };
    for (const op of operations.filter(
      (o) => o.access && o.access !== PUBLIC && o.access !== "authenticated",
    )) {
      const { status } = await send(op.method, concrete(op.path, "ha-noi", otherUnit), actors.officer);
      const label = `${op.method.toUpperCase()} ${op.path} → ${status}`;
      if (op.path.startsWith("/api/platform/")) expect(status, label).toBe(401);
      else if (!permissionRoles[op.access!]!.includes("cdcs-officer")) expect(status, label).toBe(403);
      else if (op.method !== "get" && /\{(unitId|username|memberId)\}/.test(op.path)) {
        expect([400, 403, 404], label).toContain(status);
      } else expect(status, label).toBeLessThan(500);
    }
  });
});
