import {
  AppError,
  ForbiddenError,
  NotFoundError,
  searchable,
  todayIso,
  UnauthorizedError,
} from "@congdoan/core";
import { namespaces, type StoredItem, TenantStore } from "@congdoan/db";
import { errorResponse, guardedRoute, jsonBody, readErrors } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AuditLog } from "../audit/audit-log";
import type { IdentityDeps } from "../identity/authenticate";
import { TenantParamSchema } from "../routes/schemas";
import { membersToCsv, membersToXlsx } from "./import-export";
import { applyImport, newMemberId, planImport } from "./member-import";
import { type Member, memberKeys, membersOfUnit } from "./member-store";
import {
  CreateMemberSchema,
  ImportBodySchema,
  ImportPreviewSchema,
  ImportResultSchema,
  MemberParamSchema,
  MemberSchema,
  UpdateMemberSchema,
} from "./schemas";

const READ = "members.read";
const WRITE = "members.write";
const one = { description: "Đoàn viên", content: { "application/json": { schema: MemberSchema } } };
const errors = { ...readErrors, 404: errorResponse("Không có đoàn viên") };

const routes = {
  list: guardedRoute(READ, {
    method: "get",
    path: "/api/t/{tenant}/members",
    tags: ["Đoàn viên"],
    summary: "Tìm đoàn viên trong phạm vi được xem (theo đơn vị, tên không dấu, trạng thái), có phân trang",
    request: {
      params: TenantParamSchema,
      query: z.object({
        unitId: z.string().max(64).optional(),
        q: z.string().max(100).optional(),
        status: z.enum(["active", "left", "retired"]).optional(),
        cursor: z.string().optional(),
        limit: z.coerce.number().int().min(1).max(100).optional(),
      }),
    },
    responses: {
      200: {
        description: "Đoàn viên",
        content: {
          "application/json": {
            schema: z.object({ items: z.array(MemberSchema), cursor: z.string().optional() }),
          },
        },
      },
      ...errors,
    },
  }),
  get: guardedRoute(READ, {
    method: "get",
    path: "/api/t/{tenant}/members/{memberId}",
    tags: ["Đoàn viên"],
    summary: "Hồ sơ một đoàn viên",
    request: { params: MemberParamSchema },
    responses: { 200: one, ...errors },
  }),
  create: guardedRoute(WRITE, {
    method: "post",
    path: "/api/t/{tenant}/members",
    tags: ["Đoàn viên"],
    summary: "Thêm đoàn viên",
    request: { params: TenantParamSchema, body: jsonBody(CreateMemberSchema) },
    responses: { 201: one, ...errors },
  }),
  update: guardedRoute(WRITE, {
    method: "patch",
    path: "/api/t/{tenant}/members/{memberId}",
    tags: ["Đoàn viên"],
    summary: "Sửa hồ sơ (kể cả chuyển đơn vị), kèm phiên bản để tránh ghi đè",
    request: { params: MemberParamSchema, body: jsonBody(UpdateMemberSchema) },
    responses: { 200: one, ...errors, 409: errorResponse("Vừa bị người khác sửa") },
  }),
  remove: guardedRoute(WRITE, {
    method: "delete",
    path: "/api/t/{tenant}/members/{memberId}",
    tags: ["Đoàn viên"],
    summary: "Xoá hồ sơ đoàn viên nhập nhầm (đoàn viên chuyển đi thì đổi trạng thái)",
    request: {
      params: MemberParamSchema,
      query: z.object({ expectedVersion: z.coerce.number().int().min(1) }),
    },
    responses: { 204: { description: "Đã xoá" }, ...errors, 409: errorResponse("Vừa bị người khác sửa") },
  }),
  preview: guardedRoute(WRITE, {
    method: "post",
    path: "/api/t/{tenant}/members/import/preview",
    tags: ["Đoàn viên"],
    summary: "Xem trước tệp CSV/XLSX: lỗi từng dòng bằng tiếng Việt, số sẽ thêm/cập nhật; chưa ghi gì",
    request: { params: TenantParamSchema, body: jsonBody(ImportBodySchema) },
    responses: {
      200: { description: "Xem trước", content: { "application/json": { schema: ImportPreviewSchema } } },
      ...errors,
    },
  }),
  confirm: guardedRoute(WRITE, {
    method: "post",
    path: "/api/t/{tenant}/members/import/confirm",
    tags: ["Đoàn viên"],
    summary: "Nhập các dòng hợp lệ của tệp; nhập lại cùng tệp không thay đổi gì",
    request: { params: TenantParamSchema, body: jsonBody(ImportBodySchema) },
    responses: {
      200: { description: "Kết quả", content: { "application/json": { schema: ImportResultSchema } } },
      ...errors,
    },
  }),
  export: guardedRoute(READ, {
    method: "get",
    path: "/api/t/{tenant}/members/export",
    tags: ["Đoàn viên"],
    summary: "Xuất danh sách đoàn viên trong phạm vi được xem ra CSV hoặc Excel",
    request: {
      params: TenantParamSchema,
      query: z.object({
        format: z.enum(["csv", "xlsx"]).default("xlsx"),
        unitId: z.string().max(64).optional(),
      }),
    },
    responses: { 200: { description: "Tệp" }, ...errors },
  }),
};

const view = (item: StoredItem<Member>) => ({ ...item.data, version: item.version });

export function memberRoutes(deps: IdentityDeps) {
  const app = new OpenAPIHono();

  function context(c: Context) {
    const actor = c.get("user");
    if (!actor) throw new UnauthorizedError();
    const tenant = c.get("tenant").id;
    const store = new TenantStore(c.get("db"), tenant, namespaces.core);
    return { actor, tenant, store, audit: new AuditLog(store), access: c.get("access") };
  }

  const auditEntry = (c: Context, action: string, member: Member, before?: Member, after?: Member) => ({
    actor: c.get("user")!.username,
    action,
    unitId: member.unitId,
    target: `member:${member.id}`,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    requestId: c.get("requestId"),
  });

  /** A member outside the caller's subtree is reported as not found, not as forbidden. */
  async function readable(c: Context, id: string, permission: string): Promise<StoredItem<Member>> {
    const { store, access } = context(c);
    const item = await store.get<Member>(memberKeys.address(id));
    if (!item || !(await access.can(permission, item.data.unitId))) throw new NotFoundError("entity.member");
    return item;
  }

  /** Members of the units the caller may see, optionally below one unit, filtered by name and status. */
  async function visibleMembers(c: Context, unitId: string | undefined): Promise<Set<string>> {
    const { access, tenant } = context(c);
    if (unitId) await access.require(READ, unitId);
    const allowed = await access.unitsWithin(READ);
    if (!unitId) return allowed;
    const tree = await deps.trees.get(tenant, c.get("db"));
    return new Set(tree.subtree(unitId).filter((id) => allowed.has(id)));
  }

  app.openapi(routes.list, async (c) => {
    const { store } = context(c);
    const { unitId, q, status, cursor, limit } = c.req.valid("query");
    const units = await visibleMembers(c, unitId);
    const needle = q ? searchable(q) : "";
    const keep = (m: Member) =>
      units.has(m.unitId) &&
      (!status || m.status === status) &&
      (!needle || searchable(m.fullName).includes(needle));
    const tree = await deps.trees.get(context(c).tenant, c.get("db"));
    if (needle) {
      // Name search reads whole units (a school has a few hundred members at most) in tree order, and
      // pages by unit, so a match is never hidden behind a page of non-matches.
      const order = (unitId ? tree.subtree(unitId) : [...units]).filter((id) => units.has(id)).sort();
      const max = limit ?? 50;
      let next = cursor ? Number.parseInt(cursor, 10) : 0;
      if (!Number.isInteger(next) || next < 0) next = order.length;
      const found: StoredItem<Member>[] = [];
      while (next < order.length && found.length < max) {
        found.push(...(await membersOfUnit(store, order[next]!)).filter((m) => keep(m.data)));
        next++;
      }
      return c.json(
        { items: found.map(view), ...(next < order.length ? { cursor: String(next) } : {}) },
        200,
      );
    }
    const leaf = unitId && tree.childrenOf(unitId).length === 0;
    // A school's list reads its own index, sorted by name; wider lists scan the tenant's members page by page.
    const page = leaf
      ? await store.query<Member>(memberKeys.unitIndex(unitId), {
          index: "gsi1",
          limit: limit ?? 50,
          ...(cursor ? { cursor } : {}),
        })
      : await store.query<Member>(memberKeys.partition, {
          skPrefix: ["M"],
          limit: limit ?? 50,
          ...(cursor ? { cursor } : {}),
        });
    return c.json(
      {
        items: page.items.filter((i) => keep(i.data)).map(view),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      },
      200,
    );
  });

  // Before `/members/{memberId}`, so that “export” is not taken for a member id.
  app.openapi(routes.export, async (c) => {
    const { store } = context(c);
    const { format, unitId } = c.req.valid("query");
    const units = await visibleMembers(c, unitId);
    if (units.size === 0) throw new ForbiddenError();
    const members: Member[] = [];
    for (const id of units) for (const item of await membersOfUnit(store, id)) members.push(item.data);
    members.sort(
      (a, b) =>
        a.unitId.localeCompare(b.unitId) || searchable(a.fullName).localeCompare(searchable(b.fullName)),
    );
    // The day in Viet Nam: an export made at 06:30 there is still "yesterday" in UTC.
    const name = `doan-vien-${unitId ?? c.get("tenant").id}-${todayIso()}`;
    const bytes =
      format === "csv"
        ? membersToCsv(members, c.get("locale"))
        : await membersToXlsx(members, c.get("locale"));
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type":
        format === "csv"
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}.${format}"`,
      "Cache-Control": "no-store",
    });
  });

  app.openapi(routes.get, async (c) => {
    const { memberId } = c.req.valid("param");
    return c.json(view(await readable(c, memberId, READ)), 200);
  });

  app.openapi(routes.create, async (c) => {
    const { store, audit, access, tenant } = context(c);
    const body = c.req.valid("json");
    await access.require(WRITE, body.unitId);
    const tree = await deps.trees.get(tenant, c.get("db"));
    if (tree.byId.get(body.unitId)?.status !== "active") throw new NotFoundError("entity.unit");
    const member: Member = { ...body, id: newMemberId() };
    await store.transact([
      store.prepareCreate(memberKeys.address(member.id), "member", member, memberKeys.writeOptions(member)),
      audit.prepare(auditEntry(c, "member.create", member, undefined, member)),
    ]);
    return c.json({ ...member, version: 1 }, 201);
  });

  app.openapi(routes.update, async (c) => {
    const { store, audit, access } = context(c);
    const { memberId } = c.req.valid("param");
    const { expectedVersion, ...changes } = c.req.valid("json");
    const current = await readable(c, memberId, WRITE);
    const next: Member = { ...current.data };
    for (const [key, value] of Object.entries(changes))
      if (value !== undefined) Object.assign(next, { [key]: value });
    if (next.unitId !== current.data.unitId) await access.require(WRITE, next.unitId);
    await store.transact([
      store.prepareUpdate(
        memberKeys.address(memberId),
        current,
        expectedVersion,
        next,
        memberKeys.writeOptions(next),
      ),
      audit.prepare(auditEntry(c, "member.update", next, current.data, next)),
    ]);
    return c.json({ ...next, version: expectedVersion + 1 }, 200);
  });

  app.openapi(routes.remove, async (c) => {
    const { store, audit } = context(c);
    const { memberId } = c.req.valid("param");
    const { expectedVersion } = c.req.valid("query");
    const current = await readable(c, memberId, WRITE);
    await store.transact([
      store.prepareDelete(memberKeys.address(memberId), expectedVersion),
      audit.prepare(auditEntry(c, "member.delete", current.data, current.data)),
    ]);
    return c.body(null, 204);
  });

  async function plan(c: Context, contentBase64: string) {
    const { store, access, tenant } = context(c);
    const bytes = Buffer.from(contentBase64, "base64");
    if (bytes.length === 0) throw new AppError("bad_request", "error.badRequest", { detail: "tệp rỗng" });
    return planImport({
      bytes: new Uint8Array(bytes),
      store,
      tree: await deps.trees.get(tenant, c.get("db")),
      allowedUnitIds: await access.unitsWithin(WRITE),
      locale: c.get("locale"),
    });
  }

  app.openapi(routes.preview, async (c) => {
    const p = await plan(c, c.req.valid("json").contentBase64);
    return c.json(
      {
        total: p.preview.dataRows,
        valid: p.preview.valid.length,
        toCreate: p.creates.length,
        toUpdate: p.updates.length,
        unchanged: p.unchanged,
        badRows: p.preview.badRows,
        errors: p.preview.errors.map(({ row, field, message }) => ({
          row,
          message,
          ...(field ? { field } : {}),
        })),
        ignoredColumns: p.preview.ignoredColumns,
      },
      200,
    );
  });

  app.openapi(routes.confirm, async (c) => {
    const { store, audit, actor, access } = context(c);
    const body = c.req.valid("json");
    const p = await plan(c, body.contentBase64);
    await applyImport(store, p);
    const scope = access.scopes(WRITE)[0];
    await audit.record({
      actor: actor.username,
      action: "member.import",
      ...(scope ? { unitId: scope } : {}),
      target: `file:${body.fileName}`,
      after: {
        created: p.creates.length,
        updated: p.updates.length,
        unchanged: p.unchanged,
        skipped: p.preview.badRows.length,
      },
      requestId: c.get("requestId"),
    });
    return c.json(
      {
        created: p.creates.length,
        updated: p.updates.length,
        unchanged: p.unchanged,
        skipped: p.preview.badRows.length,
      },
      200,
    );
  });

  return app;
}
