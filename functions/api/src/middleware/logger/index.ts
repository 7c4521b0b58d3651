import { createMiddleware } from "hono/factory";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type Logger = Record<LogLevel, (message: string, fields?: Record<string, unknown>) => void>;

const ORDER: Record<LogLevel | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? "info") as LogLevel | "silent";
  return ORDER[level] ?? ORDER.info;
}

/** One JSON object per line: CloudWatch Logs Insights and `jq` read it as is. */
export function createLogger(
  base: Record<string, unknown> = {},
  write: (line: string) => void = console.log,
): Logger {
  const emit =
    (level: LogLevel) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (ORDER[level] < threshold()) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, message, ...base, ...fields }));
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** Structured access log with the request id and tenant, written when the response is ready. */
export function requestLogger(write?: (line: string) => void) {
  return createMiddleware(async (c, next) => {
    const started = performance.now();
    const log = createLogger({ requestId: c.get("requestId") }, write);
    c.set("log", log);
    await next();
    const tenant = c.get("tenant")?.id;
    log.info("request", {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(tenant ? { tenant } : {}),
    });
  });
}
