import { createMiddleware } from "hono/factory";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type Logger = Record<LogLevel, (message: string, fields?: Record<string, unknown>) => void>;

export interface LogOptions {
  write?: (line: string) => void;
  /** Defaults to LOG_LEVEL, else "info"; tests run with LOG_LEVEL=silent. */
  level?: LogLevel | "silent";
}

const ORDER: Record<LogLevel | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

function threshold(level: LogOptions["level"]): number {
  const chosen = level ?? ((process.env.LOG_LEVEL ?? "info") as LogLevel | "silent");
  return ORDER[chosen] ?? ORDER.info;
}

/** One JSON object per line: CloudWatch Logs Insights and `jq` read it as is. */
export function createLogger(base: Record<string, unknown> = {}, options: LogOptions = {}): Logger {
  const write = options.write ?? console.log;
  const emit =
    (level: LogLevel) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (ORDER[level] < threshold(options.level)) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, message, ...base, ...fields }));
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** Structured access log with the request id and tenant, written when the response is ready. */
export function requestLogger(options: LogOptions = {}) {
  return createMiddleware(async (c, next) => {
    const started = performance.now();
    const log = createLogger({ requestId: c.get("requestId") }, options);
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
