import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, createUniqueId, For, on, Show } from "solid-js";
import { isVersionMismatch } from "../api/conflict";
import { type Member, type MemberStatus, membersApi } from "../api/members";
import { createPagedList } from "../api/paged-list";
import { useAuth } from "../auth/auth-context";
import { ConfirmDialog } from "../components/confirm-dialog";
import { useDocumentTitle } from "../components/document-title";
import { SelectField } from "../components/field";
import { createFlash, FlashMessage } from "../components/flash";
import { ForbiddenView } from "../components/forbidden-view";
import { ListView } from "../components/list-view";
import { PageHeader } from "../components/page-header";
import { createDebounced } from "../forms/debounce";
import { useI18n } from "../i18n/context";
import { formatDate } from "../i18n/format";
import { PAGES, tenantHref } from "../tenant/paths";
import { useTenant } from "../tenant/tenant-context";
import { UnitField } from "../units/unit-field";
import { useUnits } from "../units/units-context";
import { ExportButtons } from "./export-buttons";
import { GENDER_LABELS, STATUS_LABELS, statusOptions } from "./labels";
import { MemberFormDialog } from "./member-form-dialog";

const PAGE_SIZE = 50;

/** /t/:tenant/doan-vien — personal data: only for holders of members.read. */
export function MembersPage() {
  const auth = useAuth();
  return (
    <Show when={auth.can("members.read")} fallback={<ForbiddenView />}>
      <MembersView />
    </Show>
  );
}

type Editing = { type: "create" } | { type: "edit"; member: Member } | { type: "delete"; member: Member };

function MembersView() {
  const { t } = useI18n();
  const auth = useAuth();
  const home = useTenant();
  const units = useUnits();
  const searchId = createUniqueId();
  // Filters live in the URL so the unit page can link here and the back button restores them.
  const [params, setParams] = useSearchParams<{ unitId?: string; q?: string; status?: string }>();
  const [typed, setTyped] = createSignal(params.q ?? "");
  const q = createDebounced(typed, 350);
  const [editing, setEditing] = createSignal<Editing>();
  const flash = createFlash();
  const canWrite = () => auth.can("members.write");
  useDocumentTitle(() => [t("nav.members"), home().tenant.shortName]);

  const query = () => ({
    unitId: params.unitId ?? "",
    q: q().trim(),
    status: (params.status ?? "") as MemberStatus | "",
  });
  const list = createPagedList(query, (filter, cursor) =>
    membersApi.list(auth.api, auth.tenant, { ...filter, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
  );
  // Keep the URL in step with the debounced search, replacing the entry (no history per keystroke).
  createEffect(
    on(q, (value) => setParams({ q: value.trim() || undefined }, { replace: true }), { defer: true }),
  );

  /** Someone else changed the record: close the dialog, reload, and say so. */
  const onStale = () => {
    setEditing(undefined);
    flash.info(t("conflict.reloaded"));
    list.reload();
  };

  return (
    <>
      <PageHeader
        title={t("nav.members")}
        lead={t("member.page.lead")}
        actions={
          <>
            <Show when={canWrite()}>
              <button type="button" class="button" onClick={() => setEditing({ type: "create" })}>
                {t("member.action.create")}
              </button>
              <A
                class="button button--secondary"
                href={tenantHref(auth.tenant, PAGES.memberImport, [], { unitId: params.unitId })}
              >
                {t("member.action.import")}
              </A>
            </Show>
            <ExportButtons unitId={params.unitId} />
          </>
        }
      />
      <search class="filters" aria-label={t("member.filters.label")}>
        <div class="field filters__search">
          <label class="field__label" for={searchId}>
            {t("member.filters.search")}
          </label>
          <input
            id={searchId}
            type="search"
            class="input"
            autocomplete="off"
            placeholder={t("member.filters.searchPlaceholder")}
            value={typed()}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </div>
        <UnitField
          label={t("member.filters.unit")}
          value={params.unitId}
          onValue={(id) => setParams({ unitId: id })}
          candidates={units.list()}
          clearable
          clearLabel={t("member.filters.allUnits")}
        />
        <SelectField
          label={t("member.field.status")}
          value={params.status ?? ""}
          options={statusOptions(t, "form.all")}
          onValue={(v) => setParams({ status: v || undefined })}
        />
      </search>
      <FlashMessage flash={flash.flash()} />
      <section aria-labelledby="member-list-title">
        <h2 id="member-list-title" class="visually-hidden">
          {t("member.list.title")}
        </h2>
        <ListView
          list={list}
          empty={
            <>
              {query().q || query().unitId || query().status
                ? t("member.list.noMatch")
                : t("member.list.empty")}
              <Show when={canWrite() && !query().q}>
                {" "}
                <A href={tenantHref(auth.tenant, PAGES.memberImport, [], { unitId: params.unitId })}>
                  {t("member.list.emptyImport")}
                </A>
              </Show>
            </>
          }
        >
          <ul class="record-list">
            <For each={list.items()}>
              {(member) => (
                <li class="record">
                  <div class="record__head">
                    <h3 class="record__title">{member.fullName}</h3>
                    <span class="badge" classList={{ "badge--muted": member.status !== "active" }}>
                      {t(STATUS_LABELS[member.status])}
                    </span>
                  </div>
                  <p class="record__meta">
                    {units.nameOf(member.unitId)}
                    <Show when={member.position}>
                      {" · "}
                      {member.position}
                    </Show>
                  </p>
                  <p class="record__meta">
                    <Show when={member.memberCode}>
                      {t("member.field.memberCode")}: {member.memberCode}
                      {" · "}
                    </Show>
                    <Show when={member.gender}>{(g) => <>{t(GENDER_LABELS[g()])} · </>}</Show>
                    <Show when={member.dateOfBirth}>
                      {(d) => (
                        <>
                          {t("member.field.dateOfBirth")}: {formatDate(d())}
                        </>
                      )}
                    </Show>
                  </p>
                  <Show when={canWrite()}>
                    <div class="button-row button-row--compact">
                      <button
                        type="button"
                        class="button button--secondary"
                        onClick={() => setEditing({ type: "edit", member })}
                      >
                        {t("action.edit")}
                        <span class="visually-hidden"> {member.fullName}</span>
                      </button>
                      <button
                        type="button"
                        class="button button--secondary button--danger-text"
                        onClick={() => setEditing({ type: "delete", member })}
                      >
                        {t("action.delete")}
                        <span class="visually-hidden"> {member.fullName}</span>
                      </button>
                    </div>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </ListView>
      </section>

      <Show when={editing()} keyed>
        {(state) => {
          if (state.type === "delete") {
            return (
              <ConfirmDialog
                title={t("member.delete.title", { name: state.member.fullName })}
                confirmLabel={t("action.delete")}
                danger
                onClose={() => setEditing(undefined)}
                onConfirm={async () => {
                  try {
                    await membersApi.remove(auth.api, auth.tenant, state.member.id, state.member.version);
                  } catch (e) {
                    if (!isVersionMismatch(e)) throw e;
                    return onStale();
                  }
                  list.setItems((items) => items.filter((m) => m.id !== state.member.id));
                  flash.success(t("member.deleted", { name: state.member.fullName }));
                  setEditing(undefined);
                }}
              >
                <p>{t("member.delete.body")}</p>
              </ConfirmDialog>
            );
          }
          return (
            <MemberFormDialog
              member={state.type === "edit" ? state.member : undefined}
              unitId={params.unitId}
              onClose={() => setEditing(undefined)}
              onStale={onStale}
              onSaved={(saved, created) => {
                setEditing(undefined);
                flash.success(t(created ? "member.created" : "member.saved", { name: saved.fullName }));
                if (created) list.reload();
                else list.setItems((items) => items.map((m) => (m.id === saved.id ? saved : m)));
              }}
            />
          );
        }}
      </Show>
    </>
  );
}
