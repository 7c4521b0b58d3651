import { createEffect, createMemo, createSignal, on, Show } from "solid-js";
import { useAuth } from "../auth/auth-context";
import { AsyncView } from "../components/async-view";
import { useDocumentTitle } from "../components/document-title";
import { createFlash, FlashMessage } from "../components/flash";
import { ForbiddenView } from "../components/forbidden-view";
import { PageHeader } from "../components/page-header";
import { EmptyState } from "../components/status";
import { useI18n } from "../i18n/context";
import { formatNumber } from "../i18n/format";
import { useTenant } from "../tenant/tenant-context";
import { KIND_LABELS } from "./labels";
import {
  ancestorNames,
  branchIds,
  buildTree,
  filterTree,
  isFiltering,
  NO_FILTER,
  type UnitFilter,
} from "./tree";
import { UnitActions } from "./unit-actions";
import { UnitFilters } from "./unit-filters";
import { UnitTree } from "./unit-tree";
import { useUnits } from "./units-context";

/** /t/:tenant/don-vi — the union tree. */
export function UnitsPage() {
  const auth = useAuth();
  return (
    <Show when={auth.can("units.read")} fallback={<ForbiddenView />}>
      <UnitsView />
    </Show>
  );
}

function UnitsView() {
  const { t } = useI18n();
  const home = useTenant();
  const store = useUnits();
  const [filter, setFilter] = createSignal<UnitFilter>(NO_FILTER);
  const [expanded, setExpanded] = createSignal<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = createSignal<string>();
  const [focusedId, setFocusedId] = createSignal<string>();
  const flash = createFlash();
  useDocumentTitle(() => [t("nav.units"), home().tenant.shortName]);

  const tree = createMemo(() => buildTree(store.list()));
  const filtered = createMemo(() => filterTree(tree(), filter()));
  const selected = () => {
    const id = selectedId();
    return id ? store.byId().get(id) : undefined;
  };

  // First load: open the top levels so the districts show without a click.
  createEffect(
    on(tree, (roots) => {
      if (expanded().size > 0 || roots.length === 0) return;
      setExpanded(new Set(roots.map((r) => r.unit.id)));
    }),
  );
  // Searching or filtering: open everything that leads to a hit.
  createEffect(
    on(filtered, (result) => {
      if (isFiltering(filter())) setExpanded(branchIds(result.roots));
    }),
  );

  const toggle = (id: string, open: boolean) => {
    const next = new Set(expanded());
    if (open) next.add(id);
    else next.delete(id);
    setExpanded(next);
  };

  /** Open the ancestors of a unit so it is visible after a change. */
  const reveal = (id: string, parentId: string | null) => {
    const next = new Set(expanded());
    let current = parentId;
    for (let guard = 0; current && guard < 64; guard++) {
      next.add(current);
      current = store.byId().get(current)?.parentId ?? null;
    }
    setExpanded(next);
    setSelectedId(id);
    setFocusedId(id);
  };

  const total = () => tree().reduce((sum, r) => sum + r.totalMembers, 0);
  const activeCount = () => store.list().filter((u) => u.status === "active").length;

  return (
    <>
      <PageHeader title={t("nav.units")} lead={t("unit.page.lead")} />
      <FlashMessage flash={flash.flash()} />
      <AsyncView resource={store.units} onRetry={store.reload}>
        {() => (
          <>
            <p class="summary">
              {t("unit.page.summary", { units: formatNumber(activeCount()), members: formatNumber(total()) })}
            </p>
            <UnitFilters value={filter()} onChange={setFilter} />
            <Show when={isFiltering(filter())}>
              <p class="muted" role="status">
                {t("unit.page.found", { count: formatNumber(filtered().matches.size) })}
              </p>
            </Show>
            <div class="tree-layout">
              <div class="tree-layout__tree">
                <div class="button-row button-row--compact">
                  <button
                    type="button"
                    class="button button--link"
                    onClick={() => setExpanded(branchIds(filtered().roots))}
                  >
                    {t("unit.tree.expandAll")}
                  </button>
                  <button
                    type="button"
                    class="button button--link"
                    onClick={() => setExpanded(new Set<string>())}
                  >
                    {t("unit.tree.collapseAll")}
                  </button>
                </div>
                <Show
                  when={filtered().roots.length > 0}
                  fallback={<EmptyState>{t("unit.page.noMatch")}</EmptyState>}
                >
                  <UnitTree
                    label={t("unit.tree.label")}
                    roots={filtered().roots}
                    matches={isFiltering(filter()) ? filtered().matches : undefined}
                    expanded={expanded()}
                    onToggle={toggle}
                    selectedId={selectedId()}
                    onSelect={setSelectedId}
                    focusedId={focusedId()}
                    onFocusChange={setFocusedId}
                  />
                </Show>
              </div>
              <Show when={selected()}>
                {(unit) => (
                  <section class="unit-panel" aria-labelledby="unit-panel-title">
                    <div class="unit-panel__head">
                      <h2 id="unit-panel-title" class="unit-panel__title">
                        {unit().name}
                      </h2>
                      <button
                        type="button"
                        class="icon-button"
                        onClick={() => {
                          const id = unit().id;
                          setSelectedId(undefined);
                          // Back to the unit in the tree, where the user was.
                          setFocusedId(id);
                          queueMicrotask(() =>
                            document.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus(),
                          );
                        }}
                      >
                        <span aria-hidden="true">×</span>
                        <span class="visually-hidden">{t("unit.panel.close")}</span>
                      </button>
                    </div>
                    <p class="unit-panel__meta">
                      {t(KIND_LABELS[unit().kind])}
                      <Show when={ancestorNames(store.byId(), unit().id).length > 0}>
                        <span class="unit-panel__path">
                          {" · "}
                          {ancestorNames(store.byId(), unit().id).join(" › ")}
                        </span>
                      </Show>
                    </p>
                    <UnitActions
                      unit={unit()}
                      detailLink
                      onStale={() => {
                        store.reload();
                        flash.info(t("conflict.reloaded"));
                      }}
                      onChanged={(change) => {
                        flash.success(change.message);
                        store.reload();
                        if (change.unit) reveal(change.unit.id, change.unit.parentId);
                        if (change.kind === "close" && !filter().showClosed) setSelectedId(undefined);
                      }}
                    />
                  </section>
                )}
              </Show>
            </div>
          </>
        )}
      </AsyncView>
    </>
  );
}
