import { describe, expect, it } from "vitest";
import { isLocale, localized } from "./locale";
import { LOCALE_STORAGE_KEY, readStoredLocale, storeLocale } from "./storage";

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe("locale", () => {
  it("recognises supported locales only", () => {
    expect(isLocale("vi")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it("picks localized text with Vietnamese fallback", () => {
    expect(localized({ vi: "Thi đua", en: "Emulation" }, "en")).toBe("Emulation");
    expect(localized({ vi: "Thi đua", en: "" }, "en")).toBe("Thi đua");
    expect(localized({ vi: "Thi đua" }, "en")).toBe("Thi đua");
  });
});

describe("locale storage", () => {
  it("defaults to Vietnamese", () => {
    expect(readStoredLocale(memoryStore())).toBe("vi");
    expect(readStoredLocale(memoryStore({ [LOCALE_STORAGE_KEY]: "xx" }))).toBe("vi");
    expect(readStoredLocale(undefined)).toBe("vi");
  });

  it("round-trips a stored choice", () => {
    const store = memoryStore();
    storeLocale("en", store);
    expect(store.data.get(LOCALE_STORAGE_KEY)).toBe("en");
    expect(readStoredLocale(store)).toBe("en");
  });

  it("survives a storage that throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("blocked");
      },
    };
    expect(readStoredLocale(broken)).toBe("vi");
    expect(() => storeLocale("en", broken)).not.toThrow();
  });
});
