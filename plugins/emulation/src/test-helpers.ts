import type { Grant, Unit } from "@congdoan/core";
import type { UnitDirectory } from "@congdoan/plugin-sdk";
import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import plugin from "./index";

/** A harness with the roles the tests need: Hà Nội (root → cdcs-a, cdcs-b) and Đắk Nông. */
export async function setup() {
  const h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  const as = (grants: Grant[]) => h.headersFor(grants);
  const users = {
    admin: await as([{ role: "federation-admin", unitId: "ha-noi" }]),
    officerA: await as([{ role: "cdcs-officer", unitId: "cdcs-a" }]),
    officerB: await as([{ role: "cdcs-officer", unitId: "cdcs-b" }]),
    reviewer: await as([{ role: "reviewer", unitId: "ha-noi" }]),
    reviewer2: await as([{ role: "reviewer", unitId: "ha-noi" }]),
    reviewerB: await as([{ role: "reviewer", unitId: "cdcs-b" }]),
    memberA: await as([{ role: "member", unitId: "cdcs-a" }]),
    dakNongAdmin: await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong"),
  };
  return { h, users, call: caller(h) };
}

export function caller(h: PluginHarness) {
  return async (
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: unknown,
    tenant?: string,
  ) => {
    const res = await h.request(
      path,
      {
        method,
        headers: { "Content-Type": "application/json", ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      },
      tenant,
    );
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely
    let data: any;
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
    return { status: res.status, data };
  };
}

export async function board(
  h: PluginHarness,
  id: string,
): Promise<{ rows: Record<string, unknown>[]; [k: string]: unknown }> {
  const res = await h.publicRequest(`/scoreboards/${id}`);
  if (res.status !== 200) throw new Error(`board ${id}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { rows: Record<string, unknown>[] };
}

/** The title the test movement offers (registering for it asks for one). */
export const TITLES = ["Tập thể lao động xuất sắc"];

export const movementBody = (over: Record<string, unknown> = {}) => ({
  id: "hai-tot-2019-2020",
  name: "Dạy tốt – Học tốt",
  period: "Năm học 2019 – 2020",
  ownerUnitId: "ha-noi",
  audience: { unitKinds: ["cdcs"], people: "all-members" },
  criteria: [
    { id: "day-tot", name: "Dạy tốt", weight: 3, maxScore: 10, measure: "score" },
    { id: "dat-danh-hieu", name: "Đoàn viên đạt danh hiệu", weight: 2, maxScore: 10, measure: "percentage" },
    { id: "sang-kien", name: "Sáng kiến", weight: 1, maxScore: 10, measure: "count", fullAt: 4 },
  ],
  targets: [
    {
      id: "danh-hieu-95",
      name: "Trên 95% đoàn viên đạt danh hiệu",
      comparison: ">",
      planned: 95,
      unit: "percent",
      criterionId: "dat-danh-hieu",
    },
  ],
  titles: TITLES,
  registrationDeadline: "2099-10-15",
  ...over,
});

/** A plain directory over the stored tree, as the host gives one to the seed. */
export function directory(units: Unit[]): UnitDirectory {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = (id: string) => units.filter((u) => u.parentId === id).map((u) => u.id);
  const subtree = (id: string): string[] => [id, ...children(id).flatMap(subtree)];
  const ancestors = (id: string): string[] => {
    const parent = byId.get(id)?.parentId;
    return parent ? [...ancestors(parent), parent] : [];
  };
  return {
    all: async () => units,
    get: async (id) => byId.get(id),
    subtree: async (id) => subtree(id),
    childrenOf: async (id) => children(id),
    ancestors: async (id) => ancestors(id),
  };
}
