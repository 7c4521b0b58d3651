import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { DecisionPanel } from "./decision-panel";
import { count, money, textFor, year } from "./text";
import { adminTextFor } from "./text-admin";
import { printTextFor } from "./text-print";
import { UnitNominations } from "./unit-nominations";

export interface ProgrammeDetail {
  id: string;
  name: string;
  schoolYear: string;
  categories: { code: "hoc-gioi" | "vuot-kho" | "hoc-gioi-vuot-kho"; amount: number }[];
  funds: { id: string; name: string; total: number; committed: number; paid: number; available: number }[];
  totals: {
    budget: number;
    committed: number;
    remaining: number;
    awarded: { count: number };
    paid: { count: number };
  };
}

export default function ProgrammePage(props: WebPluginRouteProps) {
  const t = () => textFor(props.locale);
  const a = () => adminTextFor(props.locale);
  const [version, setVersion] = createSignal(0);
  const [programme] = createResource(
    () => [props.params.id, version()] as const,
    ([id]) => props.api.get<ProgrammeDetail>(`/programmes/${id}`),
  );
  const can = (p: string) => props.permissions.includes(p);
  const base = () => `/t/${props.tenant}/m/scholarships/programmes/${props.params.id}`;
  return (
    <section class="page">
      <Show when={programme.error}>
        <p role="alert" class="inline-error">
          {String(programme.error?.message ?? programme.error)}
        </p>
      </Show>
      <Show when={programme()} fallback={<p class="status status--loading">…</p>}>
        {(p) => (
          <>
            <h1>{p().name}</h1>
            <p class="lead">
              {t().schoolYear} {year(p().schoolYear)} ·{" "}
              {p()
                .categories.map((c) => `${t().categories[c.code]}: ${money(c.amount)}`)
                .join(" · ")}
            </p>
            <dl class="summary">
              <dt>{t().budget}</dt>
              <dd>{money(p().totals.budget)}</dd>
              <dt>{t().committed}</dt>
              <dd>
                {money(p().totals.committed)} ({count(p().totals.awarded.count)} {t().awardUnit})
              </dd>
              <dt>{t().paidCount}</dt>
              <dd>{count(p().totals.paid.count)}</dd>
              <dt>{t().available}</dt>
              <dd>{money(p().totals.remaining)}</dd>
            </dl>
            <h2>{t().funds}</h2>
            <Show when={p().funds.length > 0} fallback={<p class="muted">{a().noFunds}</p>}>
              <div class="table-scroll">
                <table class="data-table">
                  <thead>
                    <tr>
                      <th>{t().funds}</th>
                      <th>{t().budget}</th>
                      <th>{t().committed}</th>
                      <th>{t().paidAmount}</th>
                      <th>{t().available}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={p().funds}>
                      {(f) => (
                        <tr>
                          <td>{f.name}</td>
                          <td class="nowrap">{money(f.total)}</td>
                          <td class="nowrap">{money(f.committed)}</td>
                          <td class="nowrap">{money(f.paid)}</td>
                          <td class="nowrap">{money(f.available)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
            <div class="button-row">
              <Show when={can("scholarships.nominate")}>
                <a class="button" href={`${base()}/nominate`}>
                  {t().nominate}
                </a>
              </Show>
              <Show when={can("scholarships.review")}>
                <a class="button button--secondary" href={`${base()}/reviews`}>
                  {t().review}
                </a>
              </Show>
            </div>
            <Show when={can("scholarships.manage") || can("scholarships.decide")}>
              <nav class="button-row" aria-label={a().manage}>
                <Show when={can("scholarships.manage")}>
                  <a class="button button--secondary" href={`${base()}/edit`}>
                    {a().editProgramme}
                  </a>
                  <a class="button button--secondary" href={`${base()}/funds`}>
                    {a().fundsPage}
                  </a>
                </Show>
                <Show when={can("scholarships.decide")}>
                  <a class="button button--secondary" href={`${base()}/progress`}>
                    {a().progressPage}
                  </a>
                  <a class="button button--secondary" href={`${base()}/receipts`}>
                    {printTextFor(props.locale).printLink}
                  </a>
                </Show>
                <Show when={can("scholarships.manage")}>
                  <a class="button button--secondary" href={`${base()}/manage`}>
                    {a().manage}
                  </a>
                </Show>
              </nav>
            </Show>
            <Show when={can("scholarships.nominate")}>
              <UnitNominations {...props} />
            </Show>
            <Show when={can("scholarships.decide")}>
              <DecisionPanel {...props} programme={p()} onChange={() => setVersion(version() + 1)} />
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
