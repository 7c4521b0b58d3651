const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
}

/**
 * A plain, offline reference page: no script and no CDN, so it passes the strict CSP and works on
 * machines without internet. Grouped by tag, one line per operation.
 */
export function renderReference(document: {
  info: { title: string; description?: string };
  paths?: Record<string, unknown>;
}): string {
  const groups = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? "Khác";
      const params = (op.parameters ?? [])
        .map((p) => `${escapeHtml(p.name)} (${escapeHtml(p.in)})`)
        .join(", ");
      const line = `<div class="op"><span class="m ${method}">${method}</span> <code>${escapeHtml(path)}</code>
<div class="sum">${escapeHtml(op.summary ?? "")}</div>${params ? `<div class="params">Tham số: ${params}${op.requestBody ? " · có nội dung JSON" : ""}</div>` : op.requestBody ? `<div class="params">Có nội dung JSON</div>` : ""}</div>`;
      groups.set(tag, [...(groups.get(tag) ?? []), line]);
    }
  }
  const sections = [...groups.entries()]
    .map(([tag, lines]) => `<section><h2>${escapeHtml(tag)}</h2>${lines.join("\n")}</section>`)
    .join("\n");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(document.info.title)} — tài liệu</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>${escapeHtml(document.info.title)}</h1><p class="lead">${escapeHtml(document.info.description ?? "")}</p>
<p>Bản máy đọc được: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
${sections}</main></body></html>`;
}
