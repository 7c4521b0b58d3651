import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import type { ProgrammeDetail } from "./programme-page";
import { StatusList } from "./status-list";
import { parseDate, textFor } from "./text";

interface Ranked {
  rank: number;
  pseudonym: string;
  nominationId: string;
  average: number;
  completed: number;
  status: keyof ReturnType<typeof textFor>["status"];
}

/** Ranking per category and approval in rank order within the chosen fund. */
export function DecisionPanel(
  props: WebPluginRouteProps & { programme: ProgrammeDetail; onChange: () => void },
) {
  const t = () => textFor(props.locale);
  const [category, setCategory] = createSignal(props.programme.categories[0]!.code);
  const [refresh, setRefresh] = createSignal(0);
  const [ranking] = createResource(
    () => [category(), refresh()] as const,
    ([c]) =>
      props.api.get<{ items: Ranked[]; unreviewed: number }>(
        `/programmes/${props.programme.id}/ranking?category=${c}`,
      ),
  );
  const [fundId, setFundId] = createSignal(props.programme.funds[0]?.id ?? "");
  const [number, setNumber] = createSignal("");
  const [day, setDay] = createSignal("");
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal("");

  async function approveRanked(e: Event) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!number().trim()) found.decisionNumber = t().required;
    const iso = parseDate(day());
    if (!iso) found.decisionDate = t().badDate;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await props.api.send<{ approved: string[]; waiting: string[] }>(
        "POST",
        `/programmes/${props.programme.id}/approve-in-rank-order`,
        { fundId: fundId(), decisionNumber: number(), decisionDate: iso, category: category() },
      );
      setMessage(
        `${t().approved}: ${result.approved.length} · ${t().status.waiting}: ${result.waiting.length}`,
      );
      setRefresh(refresh() + 1);
      props.onChange();
    } catch (error) {
      const err = error as Error & { fields?: { path: string; message: string }[] };
      setErrors(Object.fromEntries((err.fields ?? []).map((f) => [f.path, f.message])));
      setMessage(err.message);
    }
  }

  const [assignMessage, setAssignMessage] = createSignal("");
  async function assign() {
    try {
      const r = await props.api.send<{ assignments: number }>(
        "POST",
        `/programmes/${props.programme.id}/assignments`,
        {},
      );
      setAssignMessage(`${t().assigned}: ${r.assignments}`);
      setRefresh(refresh() + 1);
    } catch (error) {
      setAssignMessage((error as Error).message);
    }
  }

  async function exportList() {
    const res = await props.api.raw(`/programmes/${props.programme.id}/ceremony-list?format=xlsx`);
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = `hoc-bong-${props.programme.id}.xlsx`;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <>
      <h2>{t().panel}</h2>
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={assign}>
          {t().assign}
        </button>
      </div>
      <Show when={assignMessage()}>
        <p role="status" class="notice">
          {assignMessage()}
        </p>
      </Show>
      <h2>{t().ranking}</h2>
      <div class="filters">
        <For each={props.programme.categories}>
          {(c) => (
            <button
              type="button"
              class="button"
              classList={{ "button--secondary": c.code !== category() }}
              onClick={() => setCategory(c.code)}
            >
              {t().categories[c.code]}
            </button>
          )}
        </For>
      </div>
      <Show when={ranking()}>
        {(r) => (
          <>
            <Show when={r().unreviewed > 0}>
              <p class="notice">
                {r().unreviewed} {t().unreviewed}
              </p>
            </Show>
            <div class="table-scroll">
              <table class="data-table">
                <tbody>
                  <For each={r().items}>
                    {(n) => (
                      <tr>
                        <td>{n.rank}</td>
                        <td>
                          <a
                            href={`/t/${props.tenant}/m/scholarships/programmes/${props.programme.id}/nominations/${n.nominationId}`}
                          >
                            {n.pseudonym}
                          </a>
                        </td>
                        <td>{String(n.average).replace(".", ",")}</td>
                        <td>{t().status[n.status]}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </>
        )}
      </Show>
      <form class="form" onSubmit={approveRanked} novalidate>
        <div class="field">
          <label class="field__label" for="sch-fund">
            {t().funds}
          </label>
          <select id="sch-fund" class="input" onChange={(e) => setFundId(e.currentTarget.value)}>
            <For each={props.programme.funds}>{(f) => <option value={f.id}>{f.name}</option>}</For>
          </select>
        </div>
        <div class="field" classList={{ "field--invalid": !!errors().decisionNumber }}>
          <label class="field__label" for="sch-number">
            {t().decisionNumber}
          </label>
          <input
            id="sch-number"
            class="input"
            value={number()}
            onInput={(e) => setNumber(e.currentTarget.value)}
          />
          <Show when={errors().decisionNumber}>
            <p class="field__error">{errors().decisionNumber}</p>
          </Show>
        </div>
        <div class="field" classList={{ "field--invalid": !!errors().decisionDate }}>
          <label class="field__label" for="sch-date">
            {t().decisionDate}
          </label>
          <input
            id="sch-date"
            class="input"
            inputmode="numeric"
            value={day()}
            onInput={(e) => setDay(e.currentTarget.value)}
          />
          <Show when={errors().decisionDate}>
            <p class="field__error">{errors().decisionDate}</p>
          </Show>
        </div>
        <div class="button-row">
          <button type="submit" class="button">
            {t().approveRanked}
          </button>
          <button type="button" class="button button--secondary" onClick={exportList}>
            {t().exportXlsx}
          </button>
        </div>
        <Show when={message()}>
          <p role="status" class="notice">
            {message()}
          </p>
        </Show>
      </form>
      <StatusList {...props} programmeId={props.programme.id} refresh={refresh()} />
    </>
  );
}
