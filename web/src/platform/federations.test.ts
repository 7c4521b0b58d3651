import { describe, expect, it } from "vitest";
import {
  checkDraft,
  checkRename,
  enabledModules,
  exportFileName,
  moduleIds,
  moduleLabel,
  slugify,
  sortFederations,
  suggestId,
  upsert,
} from "./federations";
import type { Federation } from "./platform-api";

const federation = (over: Partial<Federation> = {}): Federation => ({
  id: "ha-noi",
  name: "Liên đoàn Lao động thành phố Hà Nội",
  shortName: "LĐLĐ Hà Nội",
  status: "active",
  modules: {},
  version: 1,
  ...over,
});

const goodDraft = {
  id: "lam-dong",
  name: "Liên đoàn Lao động tỉnh Lâm Đồng",
  shortName: "LĐLĐ Lâm Đồng",
  adminUsername: "admin.lamdong",
  adminDisplayName: "Quản trị LĐLĐ Lâm Đồng",
};

describe("slugify and suggestId", () => {
  it("removes accents and đ, keeps lowercase words joined by hyphens", () => {
    expect(slugify("Lâm Đồng")).toBe("lam-dong");
    expect(slugify("  Bà Rịa – Vũng Tàu ")).toBe("ba-ria-vung-tau");
    expect(slugify("TP. Hồ Chí Minh")).toBe("tp-ho-chi-minh");
    expect(slugify("")).toBe("");
  });

  it("never ends with a hyphen after cutting to 64 characters", () => {
    const id = slugify(`${"a".repeat(63)} b`);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id.endsWith("-")).toBe(false);
  });

  it("suggests the place name from a federation's full name", () => {
    expect(suggestId("Liên đoàn Lao động tỉnh Lâm Đồng")).toBe("lam-dong");
    expect(suggestId("LĐLĐ thành phố Hải Phòng")).toBe("hai-phong");
    expect(suggestId("Công đoàn Giáo dục Huế")).toBe("cong-doan-giao-duc-hue");
  });

  it("handles decomposed (NFD) input like a typed name", () => {
    expect(suggestId("Liên đoàn Lao động tỉnh Lâm Đồng".normalize("NFD"))).toBe("lam-dong");
  });
});

describe("checkDraft", () => {
  it("accepts a complete draft", () => {
    expect(checkDraft(goodDraft)).toEqual({});
  });

  it("reports each field under the server's path", () => {
    expect(
      checkDraft({ id: "Lâm Đồng", name: "LĐ", shortName: "L", adminUsername: "a", adminDisplayName: " " }),
    ).toEqual({
      id: "platform.form.idRule",
      name: "platform.form.nameRule",
      shortName: "platform.form.shortNameRule",
      "firstAdmin.username": "user.form.usernameRule",
      "firstAdmin.displayName": "user.form.displayNameRule",
    });
  });

  it("keeps the platform's own id for the platform", () => {
    expect(checkDraft({ ...goodDraft, id: "platform" })).toEqual({ id: "platform.form.idReserved" });
  });

  it("rejects ids with a leading, trailing or double hyphen", () => {
    for (const id of ["-lam", "lam-", "lam--dong", "l"])
      expect(checkDraft({ ...goodDraft, id }).id).toBeDefined();
  });

  it("accepts an uppercase username (the server lowercases it)", () => {
    expect(checkDraft({ ...goodDraft, adminUsername: "Admin.LamDong" })).toEqual({});
  });
});

describe("checkRename", () => {
  const current = { name: "Liên đoàn Lao động tỉnh Lâm Đồng", shortName: "LĐLĐ Lâm Đồng" };

  it("sends only what changed, trimmed", () => {
    expect(checkRename(current, { name: current.name, shortName: " LĐLĐ tỉnh Lâm Đồng " })).toEqual({
      errors: {},
      changes: { shortName: "LĐLĐ tỉnh Lâm Đồng" },
    });
  });

  it("has nothing to send when nothing changed", () => {
    expect(checkRename(current, current).changes).toEqual({});
  });

  it("reports names that are too short", () => {
    expect(checkRename(current, { name: "ab", shortName: "x" }).errors).toEqual({
      name: "platform.form.nameRule",
      shortName: "platform.form.shortNameRule",
    });
  });
});

describe("modules", () => {
  it("lists the known modules first, then other ids found on federations", () => {
    const items = [
      federation({ modules: { zeta: { enabled: true, settings: {} } } }),
      federation({
        id: "hue",
        modules: { alpha: { enabled: false, settings: {} }, emulation: { enabled: true, settings: {} } },
      }),
    ];
    expect(moduleIds(items)).toEqual(["emulation", "scholarships", "democracy", "alpha", "zeta"]);
    expect(moduleIds([])).toEqual(["emulation", "scholarships", "democracy"]);
  });

  it("labels known modules from the dictionary and others by id", () => {
    const t = (key: string) => `<${key}>`;
    expect(moduleLabel("scholarships", t)).toBe("<platform.module.scholarships>");
    expect(moduleLabel("other", t)).toBe("other");
  });

  it("lists only enabled modules", () => {
    const f = federation({
      modules: { emulation: { enabled: true, settings: {} }, democracy: { enabled: false, settings: {} } },
    });
    expect(enabledModules(f)).toEqual(["emulation"]);
  });
});

describe("list helpers", () => {
  it("sorts by name with suspended federations last", () => {
    const items = [
      federation({ id: "b", name: "Đà Nẵng", status: "suspended" }),
      federation({ id: "c", name: "Lâm Đồng" }),
      federation({ id: "a", name: "Bắc Ninh" }),
    ];
    expect(sortFederations(items).map((f) => f.id)).toEqual(["a", "c", "b"]);
  });

  it("replaces a saved federation or appends a new one", () => {
    const items = [federation()];
    expect(upsert(items, federation({ version: 2 }))).toEqual([federation({ version: 2 })]);
    expect(upsert(items, federation({ id: "hue" })).map((f) => f.id)).toEqual(["ha-noi", "hue"]);
  });

  it("names the export after the server, or after the id and the date", () => {
    expect(exportFileName("hue", "hue-2026-01-02.jsonl")).toBe("hue-2026-01-02.jsonl");
    expect(exportFileName("hue", undefined, new Date("2026-11-23T10:00:00Z"))).toBe("hue-2026-11-23.jsonl");
  });
});
