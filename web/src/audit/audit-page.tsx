import { A, useSearchParams } from "@solidjs/router";
import { createSignal, createUniqueId, For, type JSX, Show } from "solid-js";
import { type AuditEntry, auditApi } from "../api/audit";
import { createPagedList } from "../api/paged-list";
import { useAuth } from "../auth/auth-context";
import { useDocumentTitle } from "../components/document-title";
import { ForbiddenView } from "../components/forbidden-view";
import { ListView } from "../components/list-view";
import { PageHeader } from "../components/page-header";
import { useI18n } from "../i18n/context";
import { formatDateTime } from "../i18n/format";
import { localized } from "../i18n/locale";
import type { MessageKey } from "../i18n/vi";
import { PAGES, tenantHref } from "../tenant/paths";
import { useTenant } from "../tenant/tenant-context";
import { UnitField } from "../units/unit-field";
import { useUnits } from "../units/units-context";
import { actionLabel, changeRows, fieldLabel, parseTarget } from "./audit-format";

/** /t/:tenant/nhat-ky — who changed what, newest first. */
export function AuditPage() {
  const auth = useAuth();
  return (
    <Show when={auth.can("audit.read")} fallback={<ForbiddenView />}>
      <AuditView />
    </Show>
  );
}

const TARGET_TYPES: Record<string, MessageKey> = {
  unit: "audit.target.unit",
  user: "audit.target.user",
  member: "audit.target.member",
  module: "audit.target.module",
  file: "audit.target.file",
};

function AuditView() {
  const { t, locale } = useI18n();
  const auth = useAuth();
  const home = useTenant();
  const units = useUnits();
  const captionId = createUniqueId();
  const [params, setParams] = useSearchParams<{ unitId?: string }>();
  useDocumentTitle(() => [t("nav.audit"), home().tenant.shortName]);

  const list = createPagedList(
    () => ({ unitId: params.unitId ?? "" }),
    (query, cursor) =>
      auditApi.list(auth.api, auth.tenant, {
        ...(query.unitId ? { unitId: query.unitId } : {}),
        ...(cursor ? { cursor } : {}),
      }),
  );

  const moduleTitle = (id: string) => {
    const m = home().modules.find((x) => x.id === id);
    return m ? localized(m.title, locale()) : undefined;
  };

  const Target = (props: { entry: AuditEntry }) => {
    const target = () => parseTarget(props.entry.target);
    const typeKey = () => TARGET_TYPES[target().type];
    return (
      <>
        <Show when={typeKey()}>{(key) => <span class="muted">{t(key())}: </span>}</Show>
        <Show
          when={target().type === "unit"}
          fallback={
            <span>
              {target().type === "module" ? (moduleTitle(target().id) ?? target().id) : target().id}
            </span>
          }
        >
          <A href={tenantHref(auth.tenant, PAGES.units, [target().id])}>{units.nameOf(target().id)}</A>
        </Show>
      </>
    );
  };

  return (
    <>
      <PageHeader title={t("nav.audit")} lead={t("audit.page.lead")} />
      <div class="filters">
        <UnitField
          label={t("audit.filters.unit")}
          value={params.unitId}
          onValue={(id) => setParams({ unitId: id })}
          candidates={units.list()}
          hint={t("audit.filters.unitHint")}
          clearable
          clearLabel={t("member.filters.allUnits")}
        />
      </div>
      <ListView list={list} empty={t("audit.empty")}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region needs keyboard access */}
        <section class="table-scroll" aria-labelledby={captionId} tabIndex={0}>
          <table class="data-table audit-table">
            <caption id={captionId}>{t("audit.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.col.at")}</th>
                <th scope="col">{t("audit.col.actor")}</th>
                <th scope="col">{t("audit.col.action")}</th>
                <th scope="col">{t("audit.col.target")}</th>
                <th scope="col">{t("audit.col.details")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={list.items()}>
                {(entry) => (
                  <AuditRow entry={entry} target={<Target entry={entry} />} moduleTitle={moduleTitle} />
                )}
              </For>
            </tbody>
          </table>
        </section>
      </ListView>
    </>
  );
}

/**
 * One entry, and below it (full width, so it stays readable on a phone) the before/after of each
 * field, shown on demand.
 */
function AuditRow(props: {
  entry: AuditEntry;
  target: JSX.Element;
  moduleTitle: (id: string) => string | undefined;
}) {
  const { t } = useI18n();
  const units = useUnits();
  const detailsId = createUniqueId();
  const [open, setOpen] = createSignal(false);
  const rows = () => changeRows(props.entry.before, props.entry.after);
  return (
    <>
      <tr>
        <td class="nowrap">{formatDateTime(props.entry.at)}</td>
        <td>{props.entry.actor}</td>
        <td>{actionLabel(props.entry.action, t, props.moduleTitle)}</td>
        <td>
          {props.target}
          <Show when={props.entry.unitId && parseTarget(props.entry.target).id !== props.entry.unitId}>
            <br />
            <span class="muted">{units.nameOf(props.entry.unitId)}</span>
          </Show>
        </td>
        <td>
          <Show when={rows().length > 0} fallback={<span class="muted">—</span>}>
            <button
              type="button"
              class="button button--link"
              aria-expanded={open()}
              aria-controls={detailsId}
              onClick={() => setOpen((v) => !v)}
            >
              {open() ? t("audit.details.hide") : t("audit.details.show")}
            </button>
          </Show>
        </td>
      </tr>
      <Show when={rows().length > 0}>
        <tr id={detailsId} class="audit-changes" hidden={!open()}>
          <td colSpan={5}>
            <div class="audit-changes__inner">
              <table class="data-table data-table--inner">
                <thead>
                  <tr>
                    <th scope="col">{t("audit.details.field")}</th>
                    <th scope="col">{t("audit.details.before")}</th>
                    <th scope="col">{t("audit.details.after")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={rows()}>
                    {(row) => (
                      <tr classList={{ "is-changed": row.changed }}>
                        <th scope="row">{row.field ? fieldLabel(row.field, t) : "—"}</th>
                        <td>{row.before}</td>
                        <td>{row.after}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </td>
        </tr>
      </Show>
    </>
  );
}
