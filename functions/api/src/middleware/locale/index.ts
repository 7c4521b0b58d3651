import { type Locale, localeFromHeader } from "@congdoan/core";
import { createMiddleware } from "hono/factory";

/** `?lang=en` wins over Accept-Language, so a shared link can force a language. */
export function locale() {
  return createMiddleware(async (c, next) => {
    const query = c.req.query("lang");
    const chosen: Locale =
      query === "en" || query === "vi" ? query : localeFromHeader(c.req.header("accept-language"));
    c.set("locale", chosen);
    await next();
  });
}
