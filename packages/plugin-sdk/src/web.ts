/**
 * Web side of the plugin contract, importable as `@congdoan/plugin-sdk/web`.
 *
 * This file is bundled into the browser, so it must stay free of anything server-side
 * (db, hono, zod schemas...). It only uses solid-js *types*, which are erased at build time.
 */
import type { Component } from "solid-js";

/** Text shown to users, in both languages the product supports; `vi` is the fallback. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export type WebLocale = "vi" | "en";

/**
 * Props the shell passes to a route component. A plugin may declare `Component` with no
 * props and ignore them; they exist because the shell (not the router) matches plugin
 * paths, so `:param` segments would otherwise be unreachable.
 */
export interface WebPluginRouteProps {
  /** Tenant slug, e.g. "ha-noi". */
  tenant: string;
  /** Values of the `:name` segments of the matched route path. */
  params: Record<string, string>;
  locale: WebLocale;
  /** The signed-in user's API access, relative to `/api/t/<tenant>/m/<module>`. */
  api: PluginApi;
  /** Permission keys the signed-in user holds somewhere (to show or hide actions). */
  permissions: readonly string[];
}

/**
 * Calls the module's own API with the user's session (the shell adds the token, the language and
 * refreshes the session). Errors reject with an Error whose `message` is the server's localised text
 * and whose `fields` (when present) are `[{ path, message }]` for messages beside form fields;
 * `details` (when present) carries structured facts about a refusal, as the route documents them.
 */
export interface PluginApi {
  get<T>(path: string): Promise<T>;
  send<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T>;
  /** For downloads (exports, files): the raw response. */
  raw(path: string, init?: RequestInit): Promise<Response>;
}

export interface WebPluginRoute {
  /**
   * Path relative to the module's base `/t/:tenant/m/:module`: "/" is the module's home,
   * `:name` segments are passed in `params`. The first matching route in array order wins.
   */
  path: string;
  component: Component<WebPluginRouteProps>;
  title: LocalizedText;
}

export interface WebPluginNavItem {
  /** Same relative form as `WebPluginRoute.path`. */
  path: string;
  title: LocalizedText;
}

export interface WebScoreboardProps {
  /** The JSON body returned by the scoreboard's public API path. */
  data: unknown;
  locale: WebLocale;
}

export interface WebPluginDefinition {
  /** Must equal the plugin's folder name `plugins/<id>/`. */
  id: string;
  routes: WebPluginRoute[];
  nav?: WebPluginNavItem[];
  /** Custom renderers keyed by scoreboard id; scoreboards without one use the shell's generic table. */
  scoreboards?: Record<string, Component<WebScoreboardProps>>;
}

/** Identity helper: gives plugin authors type checking and a single place to evolve the contract. */
export function defineWebPlugin(def: WebPluginDefinition): WebPluginDefinition {
  return def;
}

export { uploadDirect } from "./web-upload";
