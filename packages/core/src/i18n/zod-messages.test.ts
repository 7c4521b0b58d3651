import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "./zod-messages";

const form = z.object({
  name: z.string().min(1).max(200),
  code: z.string().min(3),
  weight: z.number().min(0).max(1000),
  share: z.number().gt(0),
  count: z.number().int(),
  kind: z.enum(["a", "b"]),
  rows: z.array(z.string()).min(1).max(2),
  year: z.string().regex(/^\d{4}-\d{4}$/, "Năm học dạng 2023-2024"),
});

const messages = (input: unknown, locale: "vi" | "en") => {
  const result = form.safeParse(input);
  if (result.success) throw new Error("expected a refusal");
  return Object.fromEntries(fieldErrorsOf(result.error, locale).map((f) => [f.path, f.message]));
};

describe("validation messages people can read", () => {
  const bad = {
    code: "ab",
    weight: 1500,
    share: 0,
    count: 1.5,
    kind: "c",
    rows: ["x", "y", "z"],
    year: "2023",
  };

  it("in Vietnamese, numbers written the Vietnamese way, the author's own message kept", () => {
    expect(messages(bad, "vi")).toEqual({
      name: "Bắt buộc nhập",
      code: "Tối thiểu 3 ký tự",
      weight: "Không được lớn hơn 1.000",
      share: "Phải lớn hơn 0",
      count: "Phải là số nguyên",
      kind: "Giá trị không nằm trong danh sách cho phép",
      rows: "Tối đa 2 mục",
      year: "Năm học dạng 2023-2024",
    });
  });

  it("in English", () => {
    expect(messages({ ...bad, name: "", weight: -1, rows: [] }, "en")).toMatchObject({
      name: "Required",
      weight: "Must be at least 0",
      rows: "At least 1 item(s)",
      count: "Must be a whole number",
    });
  });

  it("gives one message per field", () => {
    const twice = z.object({ year: z.string().regex(/^\d+$/).max(2) });
    const result = twice.safeParse({ year: "abcd" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error, "vi")).toHaveLength(1);
  });

  it("a wrong type is named plainly; a long text names its limit", () => {
    const r = z.object({ n: z.number(), t: z.string().max(1000) }).safeParse({ n: "x", t: "y".repeat(1001) });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(fieldErrorsOf(r.error, "vi")).toEqual([
        { path: "n", message: "Phải là một số" },
        { path: "t", message: "Tối đa 1.000 ký tự" },
      ]);
  });

  it("reads an emptied field (null) as not entered, and names an exact length", () => {
    const r = z
      .object({ a: z.string().length(3), b: z.string(), c: z.number(), d: z.boolean() })
      .safeParse({ a: "ab", b: null, c: null, d: "x" });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(fieldErrorsOf(r.error, "vi")).toEqual([
        { path: "a", message: "Đúng 3 ký tự" },
        { path: "b", message: "Bắt buộc nhập" },
        { path: "c", message: "Bắt buộc nhập" },
        { path: "d", message: "Chọn có hoặc không" },
      ]);
  });
});
