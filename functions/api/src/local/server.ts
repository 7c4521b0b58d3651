import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Db } from "@congdoan/db";
import type { AnyPlugin, FileStore } from "@congdoan/plugin-sdk";
import { type ServerType, serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import { createApp } from "../app";
import type { LogOptions } from "../middleware/logger";

export interface LocalServerOptions {
  db: Db;
  plugins: readonly AnyPlugin[];
  port: number;
  /** Built SPA (web/dist); when absent only the API is served. */
  webDist?: string;
  log?: LogOptions;
  jwtSecret?: Uint8Array;
  files?: (tenant: string, plugin: string) => FileStore;
  /** The local stand-in for browser uploads that goes with `files` (localFiles().uploadRoutes). */
  uploadRoutes?: Hono;
}

/** Static files of the SPA, and index.html for any other non-API path so client routes work on reload. */
function serveWeb(webDist: string) {
  const root = relative(process.cwd(), webDist) || ".";
  const indexHtml = join(webDist, "index.html");
  return (app: Hono) => {
    app.use("/assets/*", async (c, next) => {
      await next();
      c.header("Cache-Control", "public, max-age=31536000, immutable");
    });
    app.get("*", serveStatic({ root }));
    app.get("*", (c) => {
      // An address of the API, or of a file that is not there (an old /assets/…js after a rebuild),
      // answers 404 as in the cloud (infra/src/spa-rewrite.ts), not the app's page with 200.
      const path = c.req.path;
      if (path === "/api" || path.startsWith("/api/") || /\/[^/]+\.[a-z0-9]+$/i.test(path))
        return c.notFound();
      c.header("Cache-Control", "no-cache");
      return c.html(readFileSync(indexHtml, "utf8"));
    });
  };
}

/** The API and the built web app on one port, as `npm start` and the browser tests run them. */
export function startLocalServer(options: LocalServerOptions): Promise<{ server: ServerType; url: string }> {
  const web =
    options.webDist && existsSync(join(options.webDist, "index.html")) ? options.webDist : undefined;
  const { app } = createApp({
    db: options.db,
    plugins: options.plugins,
    ...(web ? { extend: serveWeb(web) } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.jwtSecret ? { jwtSecret: options.jwtSecret } : {}),
    ...(options.files ? { files: options.files } : {}),
    ...(options.uploadRoutes ? { uploadRoutes: options.uploadRoutes } : {}),
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: "127.0.0.1" }, (info) =>
      resolve({ server, url: `http://127.0.0.1:${info.port}` }),
    );
    server.once("error", reject);
  });
}
