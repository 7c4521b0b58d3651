import { type Unit, unitSchema } from "@congdoan/core";
import type { StoredItem, TenantStore } from "./store";

const UNITS = ["UNITS"] as const;
const address = (id: string) => ({ pk: UNITS, sk: ["U", id] });

/**
 * The union tree of one tenant. All units share one partition: a federation has at most a few
 * thousand, and reading the whole tree in a few requests is what subtree checks and roll-ups need.
 */
export class UnitRepository {
  constructor(readonly store: TenantStore) {}

  get(id: string): Promise<StoredItem<Unit>> {
    return this.store.getOrThrow<Unit>(address(id), "entity.unit");
  }

  find(id: string): Promise<StoredItem<Unit> | undefined> {
    return this.store.get<Unit>(address(id));
  }

  create(unit: Unit): Promise<StoredItem<Unit>> {
    return this.store.create(address(unit.id), "unit", unitSchema.parse(unit));
  }

  upsert(unit: Unit): Promise<StoredItem<Unit>> {
    return this.store.upsert(address(unit.id), "unit", unitSchema.parse(unit));
  }

  update(id: string, expectedVersion: number, unit: Unit): Promise<StoredItem<Unit>> {
    return this.store.update(address(id), expectedVersion, unitSchema.parse({ ...unit, id }));
  }

  async all(): Promise<Unit[]> {
    const items = await this.store.queryAll<Unit>(UNITS, { skPrefix: ["U"] });
    return items.map((item) => item.data);
  }
}
