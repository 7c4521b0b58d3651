import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, For, Show } from "solid-js";
import type { Movement } from "../../src/model";
import { year } from "../format";
import { translator } from "../i18n";
import { base, Failure, Header, Loading } from "../ui";

type Page = { items: (Movement & { version: number })[]; cursor?: string };

/** Movements, newest period first, with the module's other pages one tap away. */
export default function HomePage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  const [page] = createResource(() => props.api.get<Page>("/movements"));
  const sorted = () =>
    [...(page()?.items ?? [])].sort(
      (a, b) => b.period.localeCompare(a.period) || a.name.localeCompare(b.name, "vi"),
    );
  return (
    <>
      <Header title={t("home.title")} lead={t("home.lead")} />
      <nav class="button-row" aria-label={t("home.title")}>
        <Show when={props.permissions.includes("emulation.manage")}>
          <a class="button" href={`${base(props.tenant)}/phong-trao/moi`}>
            {t("form.new")}
          </a>
        </Show>
        <a class="button button--secondary" href={`${base(props.tenant)}/de-nghi`}>
          {t("nav.proposals")}
        </a>
        <a class="button button--secondary" href={`${base(props.tenant)}/khen-thuong`}>
          {t("nav.awards")}
        </a>
        <a class="button button--secondary" href={`${base(props.tenant)}/sang-kien`}>
          {t("nav.initiatives")}
        </a>
      </nav>
      <h2>{t("nav.movements")}</h2>
      <Show when={!page.loading} fallback={<Loading label={t("common.loading")} />}>
        <Show when={!page.error} fallback={<Failure error={page.error} />}>
          <Show
            when={sorted().length > 0}
            fallback={
              <p class="status">
                {t(props.permissions.includes("emulation.manage") ? "home.emptyManage" : "home.empty")}
              </p>
            }
          >
            <ul class="card-list">
              <For each={sorted()}>
                {(m) => (
                  <li>
                    <a class="card card--link" href={`${base(props.tenant)}/phong-trao/${m.id}`}>
                      <span class="card__title">{m.name}</span>
                      <span class="card__meta">
                        {t(`kind.${m.kind}`)} · {year(m.period)} · {m.criteria.length}{" "}
                        {t("movement.criteria").toLowerCase()} · {m.targets.length}{" "}
                        {t("movement.targets").toLowerCase()}
                      </span>
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </Show>
    </>
  );
}
