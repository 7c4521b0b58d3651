import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, For, Show } from "solid-js";
import { count, textFor } from "./text";
import { adminTextFor } from "./text-admin";
import { printTextFor } from "./text-print";

interface Progress {
  reviewersPerNomination: number;
  reviewers: { username: string; assigned: number; completed: number; remaining: number }[];
  nominations: {
    nominationId: string;
    pseudonym: string;
    childName: string | null;
    unitName: string;
    category: "hoc-gioi" | "vuot-kho" | "hoc-gioi-vuot-kho";
    status: "submitted" | "approved" | "waiting" | "rejected" | "withdrawn" | "paid";
    required: number;
    assigned: number;
    completed: number;
    average: number | null;
  }[];
  totals: { nominations: number; fullyReviewed: number; unassigned: number };
}

const score = (n: number) => n.toFixed(1).replace(".", ",");

/**
 * For the federation admin: each reviewer's assigned / completed / remaining files, and each
 * file's completed reviews. The admin may see the child's name here; reviewers cannot open it.
 */
export default function ProgressPage(props: WebPluginRouteProps) {
  const t = () => adminTextFor(props.locale);
  const w = () => textFor(props.locale);
  const [progress] = createResource(
    () => props.params.id,
    (id) => props.api.get<Progress>(`/programmes/${id}/panel`),
  );
  const base = () => `/t/${props.tenant}/m/scholarships/programmes/${props.params.id}`;
  return (
    <section class="page">
      <h1>{t().progressPage}</h1>
      <a class="back-link" href={base()}>
        {w().back}
      </a>
      <Show when={progress.error}>
        <p role="alert" class="inline-error">
          {String(progress.error?.message ?? progress.error)}
        </p>
      </Show>
      <Show when={progress()} fallback={<p class="status status--loading">…</p>}>
        {(p) => (
          <>
            <dl class="summary">
              <dt>{t().filesCount}</dt>
              <dd>{count(p().totals.nominations)}</dd>
              <dt>{t().fullyReviewed}</dt>
              <dd>{count(p().totals.fullyReviewed)}</dd>
              <dt>{t().unassigned}</dt>
              <dd>{count(p().totals.unassigned)}</dd>
            </dl>
            <h2>{w().panel}</h2>
            <Show when={p().reviewers.length > 0} fallback={<p class="muted">{t().noReviewers}</p>}>
              <ul class="card-list">
                <For each={p().reviewers}>
                  {(r) => (
                    <li class="card">
                      <p>
                        <strong>{r.username}</strong>
                      </p>
                      <meter
                        min={0}
                        max={Math.max(r.assigned, 1)}
                        value={r.completed}
                        aria-label={`${t().completed} ${r.completed}/${r.assigned}`}
                      />
                      <p class="card__meta">
                        {t().assigned}: {count(r.assigned)} · {t().completed}: {count(r.completed)} ·{" "}
                        {t().remaining}: {count(r.remaining)}
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <h2>{t().filesProgress}</h2>
            <Show when={p().nominations.length > 0} fallback={<p class="muted">{t().noFiles}</p>}>
              <ul class="card-list" aria-label={t().filesProgress}>
                <For each={p().nominations}>
                  {(n) => (
                    <li class="card">
                      <p>
                        <a href={`${base()}/nominations/${n.nominationId}`}>{n.pseudonym}</a>
                        {n.childName ? ` · ${n.childName}` : ""}
                      </p>
                      <p class="card__meta">
                        {n.unitName} · {w().categories[n.category]} · {w().status[n.status]}
                      </p>
                      <meter
                        min={0}
                        max={Math.max(n.required, 1)}
                        value={n.completed}
                        aria-label={`${t().reviewsDone} ${n.completed}/${n.required}`}
                      />
                      <p class="card__meta">
                        {t().reviewsDone}: {n.completed}/{n.required}
                        {n.assigned < n.required ? ` · ${t().assigned.toLowerCase()}: ${n.assigned}` : ""}
                        {n.average === null ? "" : ` · ${t().average}: ${score(n.average)}`}
                      </p>
                      <Show when={n.status === "submitted" || n.status === "waiting"}>
                        <a class="button button--secondary" href={`${base()}/assignments/${n.nominationId}`}>
                          {printTextFor(props.locale).assignLink} {n.pseudonym}
                        </a>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
