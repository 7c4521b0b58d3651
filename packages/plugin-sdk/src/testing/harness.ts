import { createApp, provisionAccount, seedMember, switchModule } from "@congdoan/api/app";
import type { Grant, Tenant } from "@congdoan/core";
import { type Db, namespaces, TenantRegistry, TenantStore, UnitRepository } from "@congdoan/db";
import { createTestDb } from "@congdoan/local/test-setup";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { defaultSettings } from "../define-plugin";
import type { UploadForm } from "../services";
import type { AnyPlugin } from "../types";

export interface HarnessOptions {
  tenantId?: string;
  /** Settings for the plugin; defaults to the schema's defaults. */
  settings?: Record<string, unknown>;
  /** Whether the tenant has the module switched on. */
  enabled?: boolean;
  /** Also create this second tenant (module on) for isolation tests. */
  otherTenantId?: string;
}

export interface PluginHarness {
  db: Db;
  app: OpenAPIHono;
  tenant: Tenant;
  /** The plugin's own store for the tenant, to arrange data or check what a route wrote. */
  store: TenantStore;
  /** Calls `/api/t/<tenant>/m/<plugin><path>`. */
  request(path: string, init?: RequestInit, tenantId?: string): Promise<Response>;
  /** Calls `/api/public/<tenant>/m/<plugin><path>`. */
  publicRequest(path: string, init?: RequestInit, tenantId?: string): Promise<Response>;
  /**
   * Signs in as a new account holding these grants (through the real login route) and returns the
   * headers to send. Units available: the tenant root (its id), "cdcs-a" and "cdcs-b" below it.
   */
  headersFor(grants: Grant[], tenantId?: string): Promise<Record<string, string>>;
  /** Adds a member to a unit (e.g. "cdcs-a"), as an import would; returns its id. */
  addMember(
    member: { fullName: string; unitId: string; gender?: "nam" | "nu"; dateOfBirth?: string },
    tenantId?: string,
  ): Promise<string>;
  /** Switches the module on or off for the tenant, as an admin would. */
  setEnabled(enabled: boolean, tenantId?: string): Promise<void>;
  /**
   * Uploads a file as the browser does: asks the module's route at `formPath` for a form (with
   * `headers`), then posts the form's fields and the file to the host's local upload stand-in.
   * `with` adds the module's own fields to the form request (e.g. `{ unitId }`). Returns the key to
   * send to the module's attach route, or the refusing response.
   */
  upload(
    formPath: string,
    file: { fileName: string; contentType: string; bytes: Uint8Array },
    headers: Record<string, string>,
    options?: { with?: Record<string, unknown>; tenantId?: string },
  ): Promise<{ key: string; form: UploadForm; posted: Response } | { refused: Response }>;
}

/**
 * A real host around one plugin: a fresh DynamoDB Local table, a tenant with the module switched on,
 * and the same Hono app production runs. Plugins test themselves with it, alone.
 */
export async function createPluginHarness(
  plugin: AnyPlugin,
  options: HarnessOptions = {},
): Promise<PluginHarness> {
  const db = await createTestDb(`plugin_${plugin.id}`);
  const registry = new TenantRegistry(db);
  const tenantIds = [options.tenantId ?? "ha-noi", ...(options.otherTenantId ? [options.otherTenantId] : [])];
  const settings = plugin.settings.parse(options.settings ?? defaultSettings(plugin)) as Record<
    string,
    unknown
  >;
  for (const id of tenantIds) {
    await registry.create({
      id,
      name: `Liên đoàn Lao động ${id}`,
      shortName: `LĐLĐ ${id}`,
      status: "active",
      schoolYear: { startMonth: 9, startDay: 5 },
      modules: { [plugin.id]: { enabled: options.enabled ?? true, settings } },
    });
  }
  for (const id of tenantIds) {
    const units = new UnitRepository(registry.store(id));
    await units.create({
      id,
      name: `LĐLĐ ${id}`,
      kind: "ldld",
      parentId: null,
      memberCount: 0,
      status: "active",
    });
    for (const child of ["cdcs-a", "cdcs-b"]) {
      await units.create({
        id: child,
        name: `CĐCS ${child}`,
        kind: "cdcs",
        parentId: id,
        memberCount: 20,
        status: "active",
      });
    }
  }
  const host = createApp({ db, plugins: [plugin] });
  let accounts = 0;
  const main = tenantIds[0]!;
  return {
    db,
    app: host.app,
    tenant: (await registry.get(main)).data,
    store: new TenantStore(db, main, namespaces.plugin(plugin.id)),
    request: async (path, init, tenantId = main) =>
      host.app.request(`/api/t/${tenantId}/m/${plugin.id}${path}`, init),
    publicRequest: async (path, init, tenantId = main) =>
      host.app.request(`/api/public/${tenantId}/m/${plugin.id}${path}`, init),
    async headersFor(grants, tenantId = main) {
      const username = `user${++accounts}`;
      const password = "Harness-password-1";
      await provisionAccount(db, tenantId, { username, displayName: username, password, grants });
      const res = await host.app.request(`/api/t/${tenantId}/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`harness login failed: ${res.status} ${await res.text()}`);
      const { accessToken } = (await res.json()) as { accessToken: string };
      return { Authorization: `Bearer ${accessToken}` };
    },
    async addMember(member, tenantId = main) {
      const created = await seedMember(db, tenantId, {
        gender: "nu",
        dateOfBirth: "1985-09-05",
        status: "active",
        ...member,
      });
      return created.id;
    },
    async upload(formPath, file, headers, options = {}) {
      const asked = await host.app.request(`/api/t/${options.tenantId ?? main}/m/${plugin.id}${formPath}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: JSON.stringify({
          ...options.with,
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.bytes.length,
        }),
      });
      if (asked.status !== 200) return { refused: asked };
      const form = (await asked.json()) as UploadForm;
      const body = new FormData();
      for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
      body.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.contentType }), file.fileName);
      const posted = await host.app.request(form.url, { method: "POST", body });
      return { key: form.key, form, posted };
    },
    async setEnabled(enabled, tenantId = main) {
      await switchModule(db, [plugin], tenantId, plugin.id, { enabled });
      host.tenants.invalidate(tenantId);
      host.boards.invalidate(tenantId);
    },
  };
}
