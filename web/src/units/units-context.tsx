import { useParams } from "@solidjs/router";
import {
  createContext,
  createMemo,
  createSignal,
  type ParentProps,
  type Resource,
  useContext,
} from "solid-js";
import { createApiResource } from "../api/api-resource";
import { type Unit, unitsApi } from "../api/units";

export interface UnitsStore {
  /** The whole tree as a flat list; loaded on first use, shared by every page and picker. */
  units: Resource<Unit[]>;
  /** The last loaded list, kept while reloading; empty before the first load. */
  list: () => Unit[];
  byId: () => ReadonlyMap<string, Unit>;
  /** The unit's name, or its id while the tree is not loaded (or the unit is unknown). */
  nameOf: (id: string | undefined) => string;
  reload: () => void;
}

const UnitsContext = createContext<{ store: UnitsStore; want: () => void }>();

/** Shares one copy of the unit tree among the pages of the signed-in area. */
export function UnitsProvider(props: ParentProps) {
  const params = useParams<{ tenant: string }>();
  const [wanted, setWanted] = createSignal(false);
  const [units, { refetch }] = createApiResource(
    () => wanted() && params.tenant,
    async (tenant, api) => (await unitsApi.list(api, tenant)).items,
  );
  const list = () => (units.state === "ready" || units.state === "refreshing" ? units.latest : []);
  const byId = createMemo(() => new Map(list().map((u) => [u.id, u])));
  const store: UnitsStore = {
    units,
    list,
    byId,
    nameOf: (id) => (id ? (byId().get(id)?.name ?? id) : ""),
    reload: () => void refetch(),
  };
  return (
    <UnitsContext.Provider value={{ store, want: () => setWanted(true) }}>
      {props.children}
    </UnitsContext.Provider>
  );
}

/** The shared unit list; the first caller triggers the load. */
export function useUnits(): UnitsStore {
  const context = useContext(UnitsContext);
  if (!context) throw new Error("useUnits() must be used inside <UnitsProvider>");
  context.want();
  return context.store;
}
