import { describe, expect, it } from "vitest";
import { z } from "zod";
import { registeredPlugins } from "./registry";

type Node = { properties?: Record<string, Node>; "x-label"?: { vi?: string; en?: string } };

/** Every setting, nested ones included, as "path → label" (undefined where a label is missing). */
function labels(node: Node, path: string[] = []): [string, Node["x-label"]][] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => [
    [[...path, key].join("."), child["x-label"]] as [string, Node["x-label"]],
    ...labels(child, [...path, key]),
  ]);
}

describe("module settings are labelled for the settings page", () => {
  for (const plugin of registeredPlugins) {
    it(`${plugin.id}: every setting has a label in Vietnamese and English`, () => {
      const schema = z.toJSONSchema(plugin.settings, { io: "input", unrepresentable: "any" }) as Node;
      const found = labels(schema);
      expect(found.length).toBeGreaterThan(0);
      // Items of a list (e.g. a checklist's id and title) are edited elsewhere: only named settings count.
      const unlabelled = found.filter(([, label]) => !label?.vi || !label.en).map(([path]) => path);
      expect(unlabelled).toEqual([]);
    });
  }
});
