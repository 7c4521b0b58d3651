import type { OpenAPIHono } from "@hono/zod-openapi";
import type { MountedModules } from "../plugin-host/mount-plugins";
import { renderReference } from "./docs-page";

const INFO = {
  title: "Công Đoàn Số API",
  version: "0.1.0",
  description:
    "API của Công Đoàn Số. Mọi địa chỉ dưới /api/t/{tenant} thuộc về một liên đoàn lao động; /api/public là số liệu công khai, chỉ tổng hợp.",
};

type Document = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

/**
 * Routes mounted under a parameterised prefix (`/api/t/{tenant}/m/…`) do not declare the prefix's
 * parameters themselves; add them so every operation in the document is complete and callable.
 */
function declarePathParameters(document: Document): Document {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    for (const operation of Object.values(item ?? {})) {
      if (typeof operation !== "object" || operation === null || !("responses" in operation)) continue;
      const op = operation as { parameters?: { name: string; in: string }[] };
      op.parameters ??= [];
      for (const name of names) {
        if (!op.parameters.some((p) => p.in === "path" && p.name === name)) {
          op.parameters.push({ name, in: "path", required: true, schema: { type: "string" } } as never);
        }
      }
    }
  }
  return document;
}

/**
 * Each module's routes sit in their own app (see plugin-host/mount-plugins.ts), so the document is
 * the host's with every module's paths and components added.
 */
function withModules(document: Document, modules: readonly Document[]): Document {
  for (const part of modules) {
    document.paths = { ...document.paths, ...part.paths };
    document.components ??= {};
    const components = document.components as Record<string, Record<string, unknown>>;
    for (const [kind, entries] of Object.entries(part.components ?? {}))
      components[kind] = { ...components[kind], ...(entries as Record<string, unknown>) };
  }
  return document;
}

const config = { openapi: "3.1.0", info: INFO };

export async function openApiDocument(app: OpenAPIHono, modules: MountedModules): Promise<Document> {
  const parts = (await modules.loadAll()).map((m) => m.getOpenAPI31Document(config));
  return declarePathParameters(withModules(app.getOpenAPI31Document(config), parts));
}

/** `/api/openapi.json` for machines and `/api/docs` for people; both built from the zod route definitions. */
export function mountDocs(app: OpenAPIHono, modules: MountedModules): void {
  let cached: Promise<Document> | undefined;
  const document = () => {
    cached ??= openApiDocument(app, modules);
    cached.catch(() => {
      cached = undefined;
    });
    return cached;
  };
  app.get("/api/openapi.json", async (c) => c.json(await document()));
  app.get("/api/docs", async (c) => c.html(renderReference(await document())));
  app.get("/api/docs.css", (c) => c.body(REFERENCE_CSS, 200, { "Content-Type": "text/css; charset=utf-8" }));
}

const REFERENCE_CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
main{max-width:980px;margin:0 auto;padding:24px 16px}h1{margin:0 0 8px}p.lead{color:#444}
section{background:#fff;border:1px solid #dde1e6;border-radius:8px;margin:16px 0;padding:12px 16px}
h2{font-size:1.1rem;margin:4px 0 8px}.op{border-top:1px solid #eef0f3;padding:10px 0}
.m{display:inline-block;min-width:64px;font-weight:700;font-family:ui-monospace,monospace;text-transform:uppercase}
.get{color:#0a6c2f}.post{color:#0b57d0}.put,.patch{color:#8a4b00}.delete{color:#b3261e}
code{font-family:ui-monospace,monospace;background:#f0f2f5;padding:1px 4px;border-radius:4px}
.sum{margin:4px 0 0 68px;color:#333}.params{margin:4px 0 0 68px;font-size:.9rem;color:#555}`;
