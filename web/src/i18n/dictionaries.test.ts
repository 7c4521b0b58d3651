import { describe, expect, it } from "vitest";
import { en } from "./en";
import { vi } from "./vi";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("dictionaries", () => {
  it("English has every Vietnamese key", () => {
    const missing = Object.keys(vi).filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it("both languages use the same placeholders", () => {
    for (const [key, text] of Object.entries(vi)) {
      const english = en[key as keyof typeof vi];
      if (english) expect({ key, vars: placeholders(english) }).toEqual({ key, vars: placeholders(text) });
    }
  });
});
