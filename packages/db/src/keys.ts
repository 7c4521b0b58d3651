import { BadRequestError } from "@congdoan/core";

/**
 * The only place that builds DynamoDB keys. Every tenant key starts with `T#<tenant>#`, so a key
 * can never address another tenant's items and IAM `dynamodb:LeadingKeys` can fence a tenant in.
 */
const SEPARATOR = "#";
const PART = /^[^#\s][^#]{0,199}$/;

function checkPart(part: string): string {
  if (!PART.test(part)) throw new BadRequestError(`mã “${part.slice(0, 40)}” không hợp lệ`);
  return part;
}

export function tenantPrefix(tenant: string): string {
  return `T${SEPARATOR}${checkPart(tenant)}${SEPARATOR}`;
}

/** Relative address of an item inside a store's namespace; the store adds tenant and namespace. */
export interface ItemAddress {
  pk: readonly string[];
  sk: readonly string[];
}

export interface IndexAddress {
  pk: readonly string[];
  sk: string;
}

export interface ItemKey {
  pk: string;
  sk: string;
}

export function scopedPartition(
  tenant: string,
  namespace: readonly string[],
  parts: readonly string[],
): string {
  return tenantPrefix(tenant) + [...namespace, ...parts].map(checkPart).join(SEPARATOR);
}

export function sortKey(parts: readonly string[]): string {
  return parts.map(checkPart).join(SEPARATOR);
}

export function itemKey(tenant: string, namespace: readonly string[], address: ItemAddress): ItemKey {
  return { pk: scopedPartition(tenant, namespace, address.pk), sk: sortKey(address.sk) };
}

/** Sort-key prefix for begins_with queries: parts joined, with a trailing separator. */
export function sortKeyPrefix(parts: readonly string[]): string {
  return parts.length === 0 ? "" : sortKey(parts) + SEPARATOR;
}

/**
 * The tenant and plugin of a stored partition key (`T#<tenant>#M#<plugin>#…`), for code that meets
 * raw items outside a store (the table's stream); undefined for the host's own items and anything else.
 */
export function pluginPartitionOwner(pk: string): { tenant: string; plugin: string } | undefined {
  const [t, tenant, m, plugin] = pk.split(SEPARATOR);
  // Ids of tenants and modules are slugs; anything else is not a key this product wrote.
  const slug = /^[a-z0-9][a-z0-9-]{0,63}$/;
  if (t !== "T" || m !== "M" || !tenant || !plugin || !slug.test(tenant) || !slug.test(plugin))
    return undefined;
  return { tenant, plugin };
}

/** Namespaces inside a tenant: the host's own data and each plugin's private space. */
export const namespaces = {
  core: ["C"] as const,
  plugin: (pluginId: string) => ["M", checkPart(pluginId)] as const,
};

/** Platform-level items (the list of tenants) live outside every tenant, read only by the platform role. */
export const platformKeys = {
  tenantIndex: (tenant: string): ItemKey => ({ pk: "P#TENANTS", sk: `T#${checkPart(tenant)}` }),
  tenantIndexPartition: "P#TENANTS",
};
