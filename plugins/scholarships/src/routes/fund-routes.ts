import { randomUUID } from "node:crypto";
import { guardedRoute } from "@congdoan/plugin-sdk";
import { ConflictError, loadFund, loadProgramme, PERMISSION, readableProgramme } from "../context";
import { body, created, FundParam, ok, ProgrammeParam, Version } from "../http";
import { keys } from "../keys";
import { type Fund, FundInputSchema } from "../model";
import { refusals } from "../refusals";
import type { App } from "../settings";

const TAG = ["Học bổng"];
const view = (fund: Fund, version: number) => ({ ...fund, available: fund.total - fund.committed, version });

const routes = {
  list: guardedRoute(PERMISSION.read, {
    method: "get",
    path: "/programmes/{programmeId}/funds",
    tags: TAG,
    summary: "Các quỹ của chương trình: tổng, đã duyệt (cam kết), đã chi, còn lại",
    request: { params: ProgrammeParam },
    responses: ok("Quỹ"),
  }),
  create: guardedRoute(PERMISSION.manage, {
    method: "post",
    path: "/programmes/{programmeId}/funds",
    tags: TAG,
    summary: "Thêm một quỹ (của liên đoàn, của nhà tài trợ)",
    request: { params: ProgrammeParam, body: body(FundInputSchema) },
    responses: created("Quỹ"),
  }),
  update: guardedRoute(PERMISSION.manage, {
    method: "patch",
    path: "/programmes/{programmeId}/funds/{fundId}",
    tags: TAG,
    summary: "Sửa tên hoặc số tiền của quỹ (không nhỏ hơn số đã duyệt)",
    request: {
      params: FundParam,
      body: body(FundInputSchema.partial().extend({ expectedVersion: Version })),
    },
    responses: ok("Quỹ"),
  }),
};

export function fundRoutes(app: App) {
  app.openapi(routes.list, async (c) => {
    const programme = await readableProgramme(c, c.req.valid("param").programmeId);
    const funds = await c.var.store.queryAll<Fund>(keys.funds(programme.data.id));
    return c.json({ items: funds.map((f) => view(f.data, f.version)) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const programme = await loadProgramme(c, c.req.valid("param").programmeId);
    await c.var.access.require(PERMISSION.manage, programme.data.ownerUnitId);
    const input = c.req.valid("json");
    const fund: Fund = {
      ...input,
      id: randomUUID().slice(0, 8),
      programmeId: programme.data.id,
      committed: 0,
      paid: 0,
    };
    const { store, audit } = c.var;
    await store.transact([
      store.prepareCreate(keys.fund(fund.programmeId, fund.id), "fund", fund),
      audit.prepare({
        action: "scholarships.fund.create",
        unitId: programme.data.ownerUnitId,
        target: `fund:${fund.id}`,
        after: fund,
      }),
    ]);
    return c.json(view(fund, 1), 201);
  });

  app.openapi(routes.update, async (c) => {
    const { programmeId, fundId } = c.req.valid("param");
    const { expectedVersion, ...changes } = c.req.valid("json");
    const programme = await loadProgramme(c, programmeId);
    await c.var.access.require(PERMISSION.manage, programme.data.ownerUnitId);
    const current = await loadFund(c, programmeId, fundId);
    const next: Fund = { ...current.data, ...changes };
    if (next.total < next.committed) {
      throw new ConflictError(refusals.fundBelowCommitted);
    }
    const { store, audit } = c.var;
    await store.transact([
      store.prepareUpdate(keys.fund(programmeId, fundId), current, expectedVersion, next),
      audit.prepare({
        action: "scholarships.fund.update",
        unitId: programme.data.ownerUnitId,
        target: `fund:${fundId}`,
        before: current.data,
        after: next,
      }),
    ]);
    return c.json(view(next, expectedVersion + 1), 200);
  });
}
