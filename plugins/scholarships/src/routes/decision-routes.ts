import { guardedRoute, z } from "@congdoan/plugin-sdk";
import { ConflictError, loadProgramme, PERMISSION, requireOpen } from "../context";
import { approve, pay, setStatus, withdraw } from "../decide";
import { body, NominationParam, ok, ProgrammeParam } from "../http";
import { keys } from "../keys";
import { categoryCodes, type Nomination, type Programme } from "../model";
import { rank } from "../ranking";
import type { App, Ctx } from "../settings";
import { say } from "../zod-text";

const TAG = ["Học bổng"];
const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}$/,
    say({ vi: "Ngày phải có dạng yyyy-mm-dd", en: "Dates are written yyyy-mm-dd" }),
  );
const Decision = z.object({
  fundId: z.string().min(1).max(80),
  decisionNumber: z
    .string()
    .trim()
    .min(1, say({ vi: "Nhập số quyết định", en: "Enter the decision number" }))
    .max(60),
  decisionDate: isoDate,
});

const routes = {
  approve: guardedRoute(PERMISSION.decide, {
    method: "post",
    path: "/programmes/{programmeId}/nominations/{nominationId}/approve",
    tags: TAG,
    summary: "Duyệt một suất (trong kinh phí của quỹ và chỉ tiêu)",
    request: { params: NominationParam, body: body(Decision) },
    responses: ok("Đã duyệt"),
  }),
  approveRanked: guardedRoute(PERMISSION.decide, {
    method: "post",
    path: "/programmes/{programmeId}/approve-in-rank-order",
    tags: TAG,
    summary: "Duyệt theo thứ hạng của một loại cho đến hết kinh phí; hồ sơ còn lại vào danh sách chờ",
    request: {
      params: ProgrammeParam,
      body: body(
        Decision.extend({
          category: z.enum(categoryCodes),
          limit: z.number().int().min(1).max(1000).optional(),
        }),
      ),
    },
    responses: ok("Kết quả"),
  }),
  reject: guardedRoute(PERMISSION.decide, {
    method: "post",
    path: "/programmes/{programmeId}/nominations/{nominationId}/reject",
    tags: TAG,
    summary: "Không duyệt, bắt buộc ghi lý do",
    request: {
      params: NominationParam,
      body: body(
        z.object({
          reason: z
            .string(
              say({ vi: "Bắt buộc ghi lý do không duyệt", en: "A reason for the rejection is required" }),
            )
            .trim()
            .min(10, say({ vi: "Lý do cần ít nhất 10 ký tự", en: "The reason needs at least 10 characters" }))
            .max(1000),
        }),
      ),
    },
    responses: ok("Đã không duyệt"),
  }),
  wait: guardedRoute(PERMISSION.decide, {
    method: "post",
    path: "/programmes/{programmeId}/nominations/{nominationId}/wait",
    tags: TAG,
    summary: "Đưa vào danh sách chờ",
    request: { params: NominationParam },
    responses: ok("Đang chờ"),
  }),
  withdraw: guardedRoute(PERMISSION.decide, {
    method: "post",
    path: "/programmes/{programmeId}/nominations/{nominationId}/withdraw",
    tags: TAG,
    summary: "Rút một suất đã duyệt; hồ sơ đứng đầu danh sách chờ cùng loại được duyệt thay",
    request: {
      params: NominationParam,
      body: body(
        z.object({
          reason: z
            .string()
            .trim()
            .min(5, say({ vi: "Nhập lý do rút", en: "Enter the reason for the withdrawal" }))
            .max(1000),
        }),
      ),
    },
    responses: ok("Đã rút"),
  }),
  pay: guardedRoute(PERMISSION.decide, {
    method: "post",
    path: "/programmes/{programmeId}/nominations/{nominationId}/payment",
    tags: TAG,
    summary: "Ghi nhận đã trao / chi suất học bổng (ngày, hình thức, chứng từ)",
    request: {
      params: NominationParam,
      body: body(
        z
          .object({
            paidOn: isoDate,
            method: z.enum(["tien-mat", "chuyen-khoan"]),
            reference: z.string().trim().max(100).optional(),
            receivedBy: z.string().trim().max(100).optional(),
          })
          .refine((p) => p.method !== "chuyen-khoan" || !!p.reference, {
            ...say({
              vi: "Chuyển khoản cần số chứng từ / mã giao dịch",
              en: "A bank transfer needs its voucher or transaction number",
            }),
            path: ["reference"],
          }),
      ),
    },
    responses: ok("Đã chi"),
  }),
};

async function decider(c: Ctx, programmeId: string): Promise<Programme> {
  const programme = (await loadProgramme(c, programmeId)).data;
  await c.var.access.require(PERMISSION.decide, programme.ownerUnitId);
  requireOpen(programme);
  return programme;
}

const publicView = (n: Nomination) => ({
  id: n.id,
  pseudonym: n.pseudonym,
  status: n.status,
  amount: n.amount,
  ...(n.decision ? { decision: n.decision } : {}),
});

/**
 * The best-ranked waiting nomination takes the freed place, as far as money and quotas allow: the
 * same category first, then the other categories by their ranking.
 */
async function moveUpWaitingList(c: Ctx, programme: Programme, freed: Nomination) {
  const all = (await c.var.store.queryAll<Nomination>(keys.nominations(programme.id))).map((i) => i.data);
  const others = categoryCodes
    .filter((code) => code !== freed.category)
    .flatMap((code) => rank(all, code))
    .sort((a, b) => b.review.average! - a.review.average!);
  const waiting = [...rank(all, freed.category), ...others].filter((n) => n.status === "waiting");
  for (const candidate of waiting) {
    try {
      return await approve(c, programme, candidate.id, freed.decision!.fundId, {
        number: freed.decision!.number,
        date: freed.decision!.date,
      });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return undefined;
}

export function decisionRoutes(app: App) {
  app.openapi(routes.approve, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const programme = await decider(c, programmeId);
    const { fundId, decisionNumber, decisionDate } = c.req.valid("json");
    const n = await approve(c, programme, nominationId, fundId, {
      number: decisionNumber,
      date: decisionDate,
    });
    c.var.invalidateScoreboards();
    return c.json(publicView(n), 200);
  });

  app.openapi(routes.approveRanked, async (c) => {
    const programme = await decider(c, c.req.valid("param").programmeId);
    const { fundId, decisionNumber, decisionDate, category, limit } = c.req.valid("json");
    const all = (await c.var.store.queryAll<Nomination>(keys.nominations(programme.id))).map((i) => i.data);
    const approved: string[] = [];
    const skipped: { pseudonym: string; reason: string }[] = [];
    const waiting: string[] = [];
    let budgetOut = false;
    for (const n of rank(all, category)) {
      if (budgetOut || (limit !== undefined && approved.length >= limit)) {
        if (n.status === "submitted") {
          await setStatus(c, programme, n.id, "waiting");
          waiting.push(n.pseudonym);
        }
        continue;
      }
      try {
        await approve(c, programme, n.id, fundId, { number: decisionNumber, date: decisionDate });
        approved.push(n.pseudonym);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const detail = error.params.detail ?? "";
        // Classified on the Vietnamese wording (always present); reported in the caller's language.
        const vi = typeof detail === "object" ? detail.vi : String(detail);
        const reason = typeof detail === "object" ? detail[c.var.locale] : String(detail);
        if (/kinh phí|không đủ tiền/.test(vi)) {
          budgetOut = true;
          if (n.status === "submitted") await setStatus(c, programme, n.id, "waiting");
          waiting.push(n.pseudonym);
        } else skipped.push({ pseudonym: n.pseudonym, reason });
      }
    }
    c.var.invalidateScoreboards();
    return c.json({ approved, waiting, skipped }, 200);
  });

  app.openapi(routes.reject, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const programme = await decider(c, programmeId);
    const n = await setStatus(c, programme, nominationId, "rejected", c.req.valid("json").reason);
    return c.json({ ...publicView(n), rejection: n.rejection ?? null }, 200);
  });

  app.openapi(routes.wait, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const programme = await decider(c, programmeId);
    return c.json(publicView(await setStatus(c, programme, nominationId, "waiting")), 200);
  });

  app.openapi(routes.withdraw, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const programme = await decider(c, programmeId);
    const freed = await withdraw(c, programme, nominationId, c.req.valid("json").reason);
    const promoted = await moveUpWaitingList(c, programme, freed);
    c.var.invalidateScoreboards();
    return c.json({ withdrawn: publicView(freed), promoted: promoted ? publicView(promoted) : null }, 200);
  });

  app.openapi(routes.pay, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const programme = await decider(c, programmeId);
    const input = c.req.valid("json");
    const n = await pay(c, programme, nominationId, {
      paidOn: input.paidOn,
      method: input.method,
      ...(input.reference ? { reference: input.reference } : {}),
      ...(input.receivedBy ? { receivedBy: input.receivedBy } : {}),
    });
    c.var.invalidateScoreboards();
    return c.json({ ...publicView(n), payment: n.payment ?? null }, 200);
  });
}
