import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { FormField } from "./form-kit";
import { textFor } from "./text";
import { adminTextFor } from "./text-admin";
import { printTextFor } from "./text-print";

interface Assignments {
  nominationId: string;
  pseudonym: string;
  unitName: string;
  category: "hoc-gioi" | "vuot-kho" | "hoc-gioi-vuot-kho";
  status: "submitted" | "approved" | "waiting" | "rejected" | "withdrawn" | "paid";
  required: number;
  open: boolean;
  assigned: {
    username: string;
    completed: boolean;
    total: number | null;
    onPanel: boolean;
    removable: boolean;
  }[];
  panel: {
    username: string;
    unitNames: string[];
    load: number;
    completed: number;
    assigned: boolean;
    conflict: boolean;
  }[];
}

const score = (n: number) => n.toFixed(1).replace(".", ",");

/**
 * The federation admin's manual assignment of one file: who scores it, taking off someone who has
 * not scored yet, and giving it to another panel member (the least loaded first; members of the
 * nominating CĐCS shown but not selectable). The server's refusals appear beside the field or the row.
 */
export default function AssignmentPage(props: WebPluginRouteProps) {
  const t = () => printTextFor(props.locale);
  const w = () => textFor(props.locale);
  const path = () => `/programmes/${props.params.id}/nominations/${props.params.nid}`;
  const [data, { refetch }] = createResource(
    () => path(),
    (p) => props.api.get<Assignments>(`${p}/assignments`),
  );
  const [choice, setChoice] = createSignal("");
  const [fieldError, setFieldError] = createSignal<string>();
  const [rowErrors, setRowErrors] = createSignal<Record<string, string>>({});
  const [done, setDone] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  async function assign(e: Event) {
    e.preventDefault();
    setDone(undefined);
    if (!choice()) {
      setFieldError(t().chooseFirst);
      return;
    }
    setBusy(true);
    try {
      await props.api.send("POST", `${path()}/assign`, { reviewer: choice() });
      setFieldError(undefined);
      setChoice("");
      setDone(t().assignedOk);
      await refetch();
    } catch (error) {
      setFieldError(String((error as Error).message ?? error));
    } finally {
      setBusy(false);
    }
  }

  async function remove(username: string) {
    setDone(undefined);
    setBusy(true);
    try {
      await props.api.send("POST", `${path()}/unassign`, { reviewer: username });
      setRowErrors({ ...rowErrors(), [username]: "" });
      setDone(t().removedOk);
      await refetch();
    } catch (error) {
      setRowErrors({ ...rowErrors(), [username]: String((error as Error).message ?? error) });
    } finally {
      setBusy(false);
    }
  }

  const base = () => `/t/${props.tenant}/m/scholarships/programmes/${props.params.id}`;
  return (
    <section class="page">
      <h1>{t().assignPage}</h1>
      <a class="back-link" href={`${base()}/progress`}>
        ← {adminTextFor(props.locale).progressPage}
      </a>
      <Show when={data.error}>
        <p role="alert" class="inline-error">
          {String(data.error?.message ?? data.error)}
        </p>
      </Show>
      <Show
        when={data()}
        fallback={
          <Show when={!data.error}>
            <p class="status status--loading">…</p>
          </Show>
        }
      >
        {(d) => (
          <>
            <dl class="summary">
              <dt>{t().file}</dt>
              <dd>
                <a href={`${base()}/nominations/${d().nominationId}`}>{d().pseudonym}</a>
              </dd>
              <dt>{t().unit}</dt>
              <dd>{d().unitName}</dd>
              <dt>{t().category}</dt>
              <dd>
                {w().categories[d().category]} · {w().status[d().status]}
              </dd>
              <dt>{t().required}</dt>
              <dd>
                {d().assigned.length}/{d().required}
              </dd>
            </dl>
            <Show when={!d().open}>
              <p class="notice">{t().closedForChanges}</p>
            </Show>
            <p role="status" class="notice notice--success" hidden={!done()}>
              {done()}
            </p>
            <h2>{t().assignedNow}</h2>
            <Show when={d().assigned.length > 0} fallback={<p class="muted">{t().nobodyAssigned}</p>}>
              <ul class="card-list" aria-label={t().assignedNow}>
                <For each={d().assigned}>
                  {(a) => (
                    <li class="card">
                      <p>
                        <strong>{a.username}</strong> ·{" "}
                        {a.completed ? `${t().scored} (${score(a.total ?? 0)})` : t().notScored}
                        {a.onPanel ? "" : ` · ${t().notOnPanel}`}
                      </p>
                      <Show when={a.removable}>
                        <button
                          type="button"
                          class="button button--secondary"
                          disabled={busy()}
                          onClick={() => void remove(a.username)}
                        >
                          {t().remove}
                        </button>
                      </Show>
                      <Show when={rowErrors()[a.username]}>
                        <p class="field__error">{rowErrors()[a.username]}</p>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={d().open}>
              <h2>{t().addReviewer}</h2>
              <Show
                when={d().panel.some((r) => !r.assigned)}
                fallback={<p class="muted">{d().panel.length === 0 ? t().noPanel : t().everyoneAssigned}</p>}
              >
                <form onSubmit={assign} novalidate>
                  <FormField id="sch-assign-reviewer" label={t().addReviewer} error={fieldError()}>
                    <select
                      id="sch-assign-reviewer"
                      class="input"
                      aria-invalid={!!fieldError()}
                      aria-describedby={fieldError() ? "sch-assign-reviewer-error" : undefined}
                      onChange={(e) => setChoice(e.currentTarget.value)}
                    >
                      <option value="" selected={choice() === ""}>
                        {t().choose}
                      </option>
                      <For each={d().panel.filter((r) => !r.assigned)}>
                        {(r) => (
                          <option value={r.username} disabled={r.conflict} selected={choice() === r.username}>
                            {r.username} — {t().load(r.load, r.completed)}
                            {r.conflict ? ` — ${t().conflict}` : ""}
                          </option>
                        )}
                      </For>
                    </select>
                  </FormField>
                  <button type="submit" class="button" disabled={busy()}>
                    {t().assign}
                  </button>
                </form>
              </Show>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
