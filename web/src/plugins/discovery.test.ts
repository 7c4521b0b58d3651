import { describe, expect, it } from "vitest";
import { loadPluginFrom, mapPluginLoaders, pluginIdFromGlobKey } from "./discovery";
import { joinModulePath, matchPluginRoute } from "./match-route";
import { hasWebPlugin, loadWebPlugin, webPluginIds } from "./registry";

describe("pluginIdFromGlobKey", () => {
  it("takes the folder name as the id", () => {
    expect(pluginIdFromGlobKey("../../../plugins/emulation/web/index.tsx")).toBe("emulation");
    expect(pluginIdFromGlobKey("/plugins/member-cards/web/index.tsx")).toBe("member-cards");
    expect(pluginIdFromGlobKey("plugins/awards/web/index.tsx")).toBe("awards");
  });

  it("rejects keys that are not a plugin web entry", () => {
    expect(pluginIdFromGlobKey("../../../plugins/emulation/src/index.ts")).toBeUndefined();
    expect(pluginIdFromGlobKey("../../../plugins/emulation/web/extra/index.tsx")).toBeUndefined();
    expect(pluginIdFromGlobKey("../../../myplugins/x/web/index.tsx")).toBeUndefined();
  });
});

describe("mapPluginLoaders", () => {
  it("maps glob keys to loaders by id, ignoring unrelated keys", () => {
    const a = async () => ({});
    const b = async () => ({});
    const map = mapPluginLoaders({
      "../../../plugins/emulation/web/index.tsx": a,
      "../../../plugins/awards/web/index.tsx": b,
      "../../../other/thing.tsx": a,
    });
    expect([...map.keys()].sort()).toEqual(["awards", "emulation"]);
    expect(map.get("emulation")).toBe(a);
  });

  it("is empty for an empty glob", () => {
    expect(mapPluginLoaders({}).size).toBe(0);
  });
});

describe("loadPluginFrom", () => {
  const def = { id: "emulation", routes: [] };

  it("returns the default export", async () => {
    const loaders = mapPluginLoaders({ "plugins/emulation/web/index.tsx": async () => ({ default: def }) });
    await expect(loadPluginFrom(loaders, "emulation")).resolves.toBe(def);
  });

  it("returns undefined when the plugin has no web entry", async () => {
    await expect(loadPluginFrom(new Map(), "emulation")).resolves.toBeUndefined();
  });

  it("rejects a definition whose id differs from its folder", async () => {
    const loaders = mapPluginLoaders({ "plugins/awards/web/index.tsx": async () => ({ default: def }) });
    await expect(loadPluginFrom(loaders, "awards")).rejects.toThrow(/folder name/);
  });

  it("rejects a module without a definition", async () => {
    const loaders = mapPluginLoaders({ "plugins/awards/web/index.tsx": async () => ({}) });
    await expect(loadPluginFrom(loaders, "awards")).rejects.toThrow(/defineWebPlugin/);
  });
});

describe("registry (real glob)", () => {
  it("knows exactly the plugins that have a web entry on disk", async () => {
    for (const id of webPluginIds()) expect(hasWebPlugin(id)).toBe(true);
    expect(hasWebPlugin("no-such-plugin")).toBe(false);
    await expect(loadWebPlugin("no-such-plugin")).resolves.toBeUndefined();
  });
});

describe("matchPluginRoute", () => {
  const routes = [{ path: "/" }, { path: "/cases" }, { path: "/cases/:id" }, { path: "cases/:id/edit" }];

  it("matches the module home for an empty rest", () => {
    expect(matchPluginRoute(routes, undefined)?.route.path).toBe("/");
    expect(matchPluginRoute(routes, "")?.route.path).toBe("/");
  });

  it("matches literal and parameter segments", () => {
    expect(matchPluginRoute(routes, "cases")?.route.path).toBe("/cases");
    expect(matchPluginRoute(routes, "cases/42/")).toEqual({
      route: { path: "/cases/:id" },
      params: { id: "42" },
    });
    expect(matchPluginRoute(routes, "cases/a%20b/edit")?.params).toEqual({ id: "a b" });
  });

  it("returns undefined when nothing matches", () => {
    expect(matchPluginRoute(routes, "unknown")).toBeUndefined();
    expect(matchPluginRoute([], "")).toBeUndefined();
  });

  it("joins module-relative paths for links", () => {
    expect(joinModulePath("/t/ha-noi/m/emulation", "/")).toBe("/t/ha-noi/m/emulation");
    expect(joinModulePath("/t/ha-noi/m/emulation", "/cases/")).toBe("/t/ha-noi/m/emulation/cases");
  });
});
