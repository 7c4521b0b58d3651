export type QueryValue = string | number | boolean | null | undefined;

/** `/api/t/{tenant}/a/b` with every segment encoded, so ids from data cannot change the path. */
export function tenantApi(tenant: string, ...segments: string[]): string {
  return ["/api/t", tenant, ...segments].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join("/");
}

/** Appends the query parameters that have a value; empty strings, null and undefined are left out. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** A page of a cursor-paged list, as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  cursor?: string;
}
