/** URL slugs of the signed-in area, in Vietnamese like the rest of the product's addresses. */
export const PAGES = {
  login: "dang-nhap",
  changePassword: "doi-mat-khau",
  units: "don-vi",
  members: "doan-vien",
  memberImport: "doan-vien/nhap",
  users: "tai-khoan",
  audit: "nhat-ky",
  settings: "cai-dat",
  platform: "lien-doan",
} as const;

export type PageSlug = (typeof PAGES)[keyof typeof PAGES];

/** `/t/{tenant}/{page}/{…rest}?{query}` with the tenant and extra segments encoded. */
export function tenantHref(
  tenant: string,
  page?: string,
  rest: string[] = [],
  query: Record<string, string | undefined> = {},
): string {
  let path = `/t/${encodeURIComponent(tenant)}`;
  if (page) path += `/${page}`;
  for (const segment of rest) path += `/${encodeURIComponent(segment)}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * Where to go after login: only a page of the same tenant (no open redirect to another site or
 * tenant), never the login page itself.
 */
export function safeNext(next: string | null | undefined, tenant: string): string | undefined {
  if (!next) return undefined;
  const base = `/t/${encodeURIComponent(tenant)}`;
  if (next !== base && !next.startsWith(`${base}/`) && !next.startsWith(`${base}?`)) return undefined;
  if (next.includes("//") || next.includes("\\") || [...next].some((c) => c.charCodeAt(0) < 32))
    return undefined;
  const path = next.split(/[?#]/)[0] ?? "";
  if (path === `${base}/${PAGES.login}`) return undefined;
  return next;
}
