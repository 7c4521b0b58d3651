export interface RouteMatch<R> {
  route: R;
  params: Record<string, string>;
}

function segments(path: string): string[] {
  return path.split("/").filter((s) => s !== "");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Matches the part of the URL after `/t/:tenant/m/:module` against a plugin's routes.
 * The shell does this itself because the router's route table is fixed at start-up while
 * plugins load later. Supports literal and `:name` segments; the first match in order wins.
 */
export function matchPluginRoute<R extends { path: string }>(
  routes: readonly R[],
  rest: string | undefined,
): RouteMatch<R> | undefined {
  const actual = segments(rest ?? "");
  for (const route of routes) {
    const pattern = segments(route.path);
    if (pattern.length !== actual.length) continue;
    const params: Record<string, string> = {};
    const matched = pattern.every((part, i) => {
      const value = actual[i] ?? "";
      if (part.startsWith(":")) {
        params[part.slice(1)] = safeDecode(value);
        return true;
      }
      return part === value;
    });
    if (matched) return { route, params };
  }
  return undefined;
}

/** Joins the module base and a plugin-relative path, for links. */
export function joinModulePath(base: string, path: string): string {
  const tail = segments(path).join("/");
  return tail ? `${base.replace(/\/$/, "")}/${tail}` : base;
}
