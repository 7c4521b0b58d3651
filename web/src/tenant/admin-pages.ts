import type { MessageKey } from "../i18n/vi";
import { PAGES } from "./paths";

export interface AdminPage {
  slug: string;
  permission: string;
  title: MessageKey;
  /** One line for the quick links on the tenant home. */
  blurb: MessageKey;
}

/** The host's own pages, in navigation order, each shown only to users holding its permission. */
export const ADMIN_PAGES: readonly AdminPage[] = [
  { slug: PAGES.platform, permission: "platform.manage", title: "nav.platform", blurb: "home.link.platform" },
  { slug: PAGES.units, permission: "units.read", title: "nav.units", blurb: "home.link.units" },
  { slug: PAGES.members, permission: "members.read", title: "nav.members", blurb: "home.link.members" },
  { slug: PAGES.users, permission: "users.manage", title: "nav.users", blurb: "home.link.users" },
  { slug: PAGES.audit, permission: "audit.read", title: "nav.audit", blurb: "home.link.audit" },
  { slug: PAGES.settings, permission: "modules.manage", title: "nav.settings", blurb: "home.link.settings" },
];

export function visiblePages(permissions: readonly string[]): AdminPage[] {
  return ADMIN_PAGES.filter((page) => permissions.includes(page.permission));
}
