import { A } from "@solidjs/router";
import { createSignal, Match, Show, Switch } from "solid-js";
import { isVersionMismatch } from "../api/conflict";
import { type Unit, unitsApi } from "../api/units";
import { useAuth } from "../auth/auth-context";
import { ConfirmDialog } from "../components/confirm-dialog";
import { useI18n } from "../i18n/context";
import { PAGES, tenantHref } from "../tenant/paths";
import { MergeDialog } from "./merge-dialog";
import { MoveDialog } from "./move-dialog";
import { UnitFormDialog } from "./unit-form-dialog";

type Open = "create" | "edit" | "move" | "merge" | "close" | "reopen" | undefined;

export interface UnitChange {
  message: string;
  /** The unit to show afterwards (the new child, or the merge target). */
  unit?: Unit;
  kind: "create" | "edit" | "move" | "merge" | "close" | "reopen";
}

interface UnitActionsProps {
  unit: Unit;
  onChanged: (change: UnitChange) => void;
  /** Someone else changed the data: reload it. */
  onStale: () => void;
  /** The tree page links to the detail page; the detail page does not link to itself. */
  detailLink?: boolean;
}

/** What can be done with one unit: links for everyone, changes for holders of units.write. */
export function UnitActions(props: UnitActionsProps) {
  const { t } = useI18n();
  const auth = useAuth();
  const [open, setOpen] = createSignal<Open>();
  const isRoot = () => props.unit.parentId === null;
  const active = () => props.unit.status === "active";
  const close = () => setOpen(undefined);
  const done = (change: UnitChange) => {
    close();
    props.onChanged(change);
  };
  const versioned = async (
    run: () => Promise<Unit>,
    kind: "close" | "reopen",
    message: (u: Unit) => string,
  ) => {
    try {
      const unit = await run();
      done({ kind, unit, message: message(unit) });
    } catch (e) {
      if (!isVersionMismatch(e)) throw e;
      stale();
    }
  };
  /** Someone else changed the unit meanwhile: close the dialog, the page reloads and says so. */
  const stale = () => {
    close();
    props.onStale();
  };

  return (
    <div class="unit-actions">
      <div class="button-row">
        <Show when={props.detailLink}>
          <A class="button button--secondary" href={tenantHref(auth.tenant, PAGES.units, [props.unit.id])}>
            {t("unit.action.details")}
          </A>
        </Show>
        <Show when={auth.can("members.read")}>
          <A
            class="button button--secondary"
            href={tenantHref(auth.tenant, PAGES.members, [], { unitId: props.unit.id })}
          >
            {t("unit.action.members")}
          </A>
        </Show>
        <Show when={auth.can("audit.read")}>
          <A
            class="button button--secondary"
            href={tenantHref(auth.tenant, PAGES.audit, [], { unitId: props.unit.id })}
          >
            {t("unit.action.audit")}
          </A>
        </Show>
      </div>
      <Show when={auth.can("units.write")}>
        <div class="button-row">
          <Show when={active()}>
            <button type="button" class="button" onClick={() => setOpen("create")}>
              {t("unit.action.addChild")}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setOpen("edit")}>
              {t("unit.action.edit")}
            </button>
          </Show>
          <Show when={!isRoot() && active()}>
            <button type="button" class="button button--secondary" onClick={() => setOpen("move")}>
              {t("unit.action.move")}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setOpen("merge")}>
              {t("unit.action.merge")}
            </button>
            <button
              type="button"
              class="button button--secondary button--danger-text"
              onClick={() => setOpen("close")}
            >
              {t("unit.action.close")}
            </button>
          </Show>
          <Show when={!active() && !props.unit.mergedInto}>
            <button type="button" class="button button--secondary" onClick={() => setOpen("reopen")}>
              {t("unit.action.reopen")}
            </button>
          </Show>
        </div>
      </Show>

      <Switch>
        <Match when={open() === "create"}>
          <UnitFormDialog
            mode={{ type: "create", parent: props.unit }}
            onClose={close}
            onStale={stale}
            onSaved={(unit, message) => done({ kind: "create", unit, message })}
          />
        </Match>
        <Match when={open() === "edit"}>
          <UnitFormDialog
            mode={{ type: "edit", unit: props.unit }}
            onClose={close}
            onStale={stale}
            onSaved={(unit, message) => done({ kind: "edit", unit, message })}
          />
        </Match>
        <Match when={open() === "move"}>
          <MoveDialog
            unit={props.unit}
            onClose={close}
            onStale={stale}
            onDone={(unit, message) => done({ kind: "move", unit, message })}
          />
        </Match>
        <Match when={open() === "merge"}>
          <MergeDialog
            unit={props.unit}
            onClose={close}
            onStale={stale}
            onDone={(unit, message) => done({ kind: "merge", unit, message })}
          />
        </Match>
        <Match when={open() === "close"}>
          <ConfirmDialog
            title={t("unit.close.title", { name: props.unit.name })}
            confirmLabel={t("unit.close.submit")}
            danger
            onClose={close}
            onConfirm={() =>
              versioned(
                () =>
                  unitsApi.close(auth.api, auth.tenant, props.unit.id, {
                    expectedVersion: props.unit.version,
                  }),
                "close",
                (u) => t("unit.closed", { name: u.name }),
              )
            }
          >
            <p>{t("unit.close.body")}</p>
          </ConfirmDialog>
        </Match>
        <Match when={open() === "reopen"}>
          <ConfirmDialog
            title={t("unit.reopen.title", { name: props.unit.name })}
            confirmLabel={t("unit.reopen.submit")}
            onClose={close}
            onConfirm={() =>
              versioned(
                () =>
                  unitsApi.reopen(auth.api, auth.tenant, props.unit.id, {
                    expectedVersion: props.unit.version,
                  }),
                "reopen",
                (u) => t("unit.reopened", { name: u.name }),
              )
            }
          >
            <p>{t("unit.reopen.body")}</p>
          </ConfirmDialog>
        </Match>
      </Switch>
    </div>
  );
}
