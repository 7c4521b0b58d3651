import { A, useNavigate, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { createApiResource } from "../api/api-resource";
import { type UnitDetail, unitsApi } from "../api/units";
import { useAuth } from "../auth/auth-context";
import { AsyncView } from "../components/async-view";
import { useDocumentTitle } from "../components/document-title";
import { createFlash, FlashMessage } from "../components/flash";
import { ForbiddenView } from "../components/forbidden-view";
import { EmptyState } from "../components/status";
import { useI18n } from "../i18n/context";
import { formatNumber } from "../i18n/format";
import { PAGES, tenantHref } from "../tenant/paths";
import { useTenant } from "../tenant/tenant-context";
import { KIND_LABELS, OWNERSHIP_LABELS, SCHOOL_LEVEL_LABELS } from "./labels";
import { UnitActions } from "./unit-actions";
import { useUnits } from "./units-context";

/** /t/:tenant/don-vi/:unitId */
export function UnitDetailPage() {
  const auth = useAuth();
  return (
    <Show when={auth.can("units.read")} fallback={<ForbiddenView />}>
      <UnitDetailView />
    </Show>
  );
}

function UnitDetailView() {
  const { t } = useI18n();
  const auth = useAuth();
  const home = useTenant();
  const store = useUnits();
  const navigate = useNavigate();
  const params = useParams<{ unitId: string }>();
  const flash = createFlash();
  const [detail, { refetch }] = createApiResource(
    () => params.unitId,
    (id, api) => unitsApi.get(api, auth.tenant, id),
  );
  const unitName = () => (detail.state === "ready" ? detail().unit.name : undefined);
  useDocumentTitle(() => [unitName(), t("nav.units"), home().tenant.shortName]);
  const href = (id: string) => tenantHref(auth.tenant, PAGES.units, [id]);

  const reloadAll = () => {
    store.reload();
    void refetch();
  };

  return (
    <>
      <FlashMessage flash={flash.flash()} />
      <AsyncView resource={detail} onRetry={refetch} notFoundPage>
        {(data) => (
          <article aria-labelledby="unit-title">
            <nav class="breadcrumb" aria-label={t("unit.detail.breadcrumb")}>
              <ol>
                <li>
                  <A href={tenantHref(auth.tenant, PAGES.units)}>{t("nav.units")}</A>
                </li>
                <For each={ancestors(data())}>
                  {(step) => (
                    <li>
                      <A href={href(step.id)}>{step.name}</A>
                    </li>
                  )}
                </For>
                <li>
                  <span aria-current="page">{data().unit.name}</span>
                </li>
              </ol>
            </nav>
            <h1 id="unit-title">{data().unit.name}</h1>
            <Show when={data().unit.status === "closed"}>
              <p class="notice">
                <Show when={data().unit.mergedInto} fallback={t("unit.detail.closedNotice")}>
                  {(into) => (
                    <>
                      {t("unit.detail.mergedNotice")} <A href={href(into())}>{store.nameOf(into())}</A>
                    </>
                  )}
                </Show>
              </p>
            </Show>
            <Attributes detail={data()} />
            <UnitActions
              unit={data().unit}
              onStale={() => {
                reloadAll();
                flash.info(t("conflict.reloaded"));
              }}
              onChanged={(change) => {
                flash.success(change.message);
                store.reload();
                if (change.kind === "merge" && change.unit) navigate(href(change.unit.id));
                else if (change.kind === "create" && change.unit) navigate(href(change.unit.id));
                else void refetch();
              }}
            />
            <section aria-labelledby="children-title">
              <h2 id="children-title">
                {t("unit.detail.children", { count: formatNumber(data().children.length) })}
              </h2>
              <Show
                when={data().children.length > 0}
                fallback={<EmptyState>{t("unit.detail.noChildren")}</EmptyState>}
              >
                <ul class="link-list">
                  <For each={data().children}>
                    {(child) => (
                      <li>
                        <A href={href(child.id)}>{child.name}</A>
                        <span class="muted">
                          {" · "}
                          {t(KIND_LABELS[child.kind])}
                          {" · "}
                          {t("unit.memberCount", { count: formatNumber(child.memberCount) })}
                          <Show when={child.status === "closed"}>
                            {" · "}
                            {t("unit.status.closed")}
                          </Show>
                        </span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
          </article>
        )}
      </AsyncView>
    </>
  );
}

/** The API lists the ancestors root first; tolerate the unit itself at the end as well. */
function ancestors(detail: UnitDetail): { id: string; name: string }[] {
  return detail.path.filter((step) => step.id !== detail.unit.id);
}

function Attributes(props: { detail: UnitDetail }) {
  const { t } = useI18n();
  const unit = () => props.detail.unit;
  return (
    <dl class="attributes">
      <div class="attributes__wide">
        <dt>{t("unit.field.id")}</dt>
        <dd>
          <code>{unit().id}</code>
        </dd>
      </div>
      <div>
        <dt>{t("unit.field.kind")}</dt>
        <dd>{t(KIND_LABELS[unit().kind])}</dd>
      </div>
      <Show when={unit().schoolLevel}>
        {(level) => (
          <div>
            <dt>{t("unit.field.schoolLevel")}</dt>
            <dd>{t(SCHOOL_LEVEL_LABELS[level()])}</dd>
          </div>
        )}
      </Show>
      <Show when={unit().ownership}>
        {(ownership) => (
          <div>
            <dt>{t("unit.field.ownership")}</dt>
            <dd>{t(OWNERSHIP_LABELS[ownership()])}</dd>
          </div>
        )}
      </Show>
      <div>
        <dt>{t("unit.field.memberCount")}</dt>
        <dd>{formatNumber(unit().memberCount)}</dd>
      </div>
      <Show when={unit().womenMemberCount !== undefined}>
        <div>
          <dt>{t("unit.field.womenMemberCount")}</dt>
          <dd>{formatNumber(unit().womenMemberCount ?? 0)}</dd>
        </div>
      </Show>
      <Show when={unit().clusterIds?.length}>
        <div>
          <dt>{t("unit.field.clusters")}</dt>
          <dd>{unit().clusterIds?.join(", ")}</dd>
        </div>
      </Show>
      <div>
        <dt>{t("unit.field.status")}</dt>
        <dd>{unit().status === "active" ? t("unit.status.active") : t("unit.status.closed")}</dd>
      </div>
    </dl>
  );
}
