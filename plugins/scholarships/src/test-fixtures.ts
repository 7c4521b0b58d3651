import { currentSchoolYear, todayIso } from "@congdoan/core";
import type { PluginHarness } from "@congdoan/plugin-sdk/testing";

/** Shared set-up of this module's integration tests. */
export const shift = (days: number) => {
  const d = new Date(`${todayIso()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export function programmeInput(overrides: Record<string, unknown> = {}) {
  const year = currentSchoolYear();
  return {
    name: `Học bổng Con CNVCLĐ học giỏi, vượt khó năm học ${year}`,
    schoolYear: year,
    ownerUnitId: "ha-noi",
    categories: [
      { code: "hoc-gioi", amount: 1_000_000 },
      { code: "vuot-kho", amount: 1_500_000 },
    ],
    budget: 100_000_000,
    quotas: { perUnitDefault: 50, byUnit: {}, byDistrict: {} },
    window: { opensOn: shift(-10), closesOn: shift(10) },
    rubric: [
      { key: "ket-qua", label: "Kết quả học tập", weight: 60, max: 10 },
      { key: "hoan-canh", label: "Hoàn cảnh", weight: 40, max: 10 },
    ],
    reviewersPerNomination: 2,
    ...overrides,
  };
}

export function client(h: PluginHarness, headers: Record<string, string>) {
  const send = (method: string, path: string, body?: unknown) =>
    h.request(path, {
      method,
      headers: { "Content-Type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    get: (path: string) => h.request(path, { headers }),
    post: (path: string, body: unknown = {}) => send("POST", path, body),
    put: (path: string, body: unknown) => send("PUT", path, body),
    patch: (path: string, body: unknown) => send("PATCH", path, body),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely, the assertions check them
export async function jsonOf<T = Record<string, any>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

let childNo = 0;
export function child(overrides: Record<string, unknown> = {}) {
  childNo++;
  return {
    fullName: `Nguyễn Minh Khôi ${String.fromCharCode(65 + (childNo % 26))}${childNo}`,
    dateOfBirth: "2012-03-15",
    school: "Trường THCS Nhân Chính",
    grade: "7A1",
    schoolLevel: "thcs",
    average: 9.1,
    achievements: "Học sinh giỏi cấp quận môn Toán",
    hardship: "",
    ...overrides,
  };
}
