import type { Tenant, Unit } from "@congdoan/core";
import { type Db, namespaces, TenantStore } from "@congdoan/db";
import type {
  AnyPlugin,
  MemberDirectory,
  MemberSummary,
  PluginContext,
  UnitDirectory,
} from "@congdoan/plugin-sdk";
import type { UnitTreeCache } from "../identity/unit-tree";
import { type Member, memberKeys, membersOfUnit } from "../members/member-store";

export function unitDirectory(trees: UnitTreeCache, tenant: string, db: Db): UnitDirectory {
  const tree = () => trees.get(tenant, db);
  return {
    all: async () => [...(await tree()).byId.values()] as Unit[],
    get: async (id) => (await tree()).byId.get(id),
    subtree: async (id) => (await tree()).subtree(id),
    childrenOf: async (id) => (await tree()).childrenOf(id),
    ancestors: async (id) => (await tree()).ancestors(id),
  };
}

const summary = (m: Member): MemberSummary => ({
  id: m.id,
  fullName: m.fullName,
  gender: m.gender,
  dateOfBirth: m.dateOfBirth,
  unitId: m.unitId,
  status: m.status,
});

export function memberDirectory(db: Db, tenant: string): MemberDirectory {
  const store = new TenantStore(db, tenant, namespaces.core);
  return {
    get: async (id) => {
      const item = await store.get<Member>(memberKeys.address(id));
      return item ? summary(item.data) : undefined;
    },
    ofUnit: async (unitId) => (await membersOfUnit(store, unitId)).map((i) => summary(i.data)),
  };
}

/** The plugin's view of a tenant: its own store namespace, its parsed settings and the union tree. */
export function pluginContext(
  db: Db,
  plugin: AnyPlugin,
  tenant: Tenant,
  trees: UnitTreeCache,
): PluginContext<unknown> {
  const state = tenant.modules[plugin.id];
  return {
    tenant,
    units: unitDirectory(trees, tenant.id, db),
    store: new TenantStore(db, tenant.id, namespaces.plugin(plugin.id)),
    settings: plugin.settings.parse(state?.settings ?? {}),
  };
}
