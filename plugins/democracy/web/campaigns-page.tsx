import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import { errorsOf, type FieldErrors, fieldHelpers, LabelledField, StatusMessage } from "./form-support";
import { dateVi, num, parseViDate, t, yearLabel } from "./i18n";
import { ReminderBanner } from "./reminder-banner";
import { type ManageableUnit, ScopePicker } from "./scope-picker";
import type { CampaignView } from "./types";

/** "2025-2026" for the school year running on a given day (a school year starts in August). */
function schoolYearOf(day: Date): string {
  const y = day.getFullYear();
  return day.getMonth() >= 7 ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

/** Campaign administration: campaigns by school year and the form that opens one. */
export default function CampaignsPage(props: WebPluginRouteProps) {
  const L = () => props.locale;
  const [list, { refetch }] = createResource(() =>
    props.api.get<{ items: CampaignView[] }>("/campaigns").catch(() => ({ items: [] as CampaignView[] })),
  );
  const years = createMemo(() => [...new Set((list()?.items ?? []).map((c) => c.year))].sort().reverse());
  const [year, setYear] = createSignal("");
  const shown = () => (list()?.items ?? []).filter((c) => !year() || c.year === year());
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [message, setMessage] = createSignal("");
  const { err } = fieldHelpers(errors);
  const canManage = () => props.permissions.includes("democracy.manage");
  const [manageable] = createResource(canManage, () =>
    props.api
      .get<{ items: ManageableUnit[] }>("/manageable-units")
      .then((r) => r.items)
      .catch(() => [] as ManageableUnit[]),
  );
  const unitName = (id: string) => manageable()?.find((u) => u.id === id)?.name ?? id;
  const current = schoolYearOf(new Date());
  const next = `${Number(current.slice(5))}-${Number(current.slice(5)) + 1}`;

  async function create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const local: FieldErrors = {};
    const deadlineText = String(f.get("deadline") ?? "").trim();
    const deadline = deadlineText ? parseViDate(deadlineText) : undefined;
    if (deadlineText && !deadline) local.deadline = t(L(), "badDate");
    const scopeUnitId = String(f.get("scopeUnitId") ?? "").trim();
    if (!scopeUnitId) local.scopeUnitId = t(L(), "required");
    setErrors(local);
    setMessage("");
    if (Object.keys(local).length) return;
    const title = String(f.get("title") ?? "").trim();
    try {
      await props.api.send<CampaignView>("POST", "/campaigns", {
        year: f.get("year"),
        scopeUnitId,
        ...(deadline ? { deadline } : {}),
        ...(title ? { title } : {}),
      });
      form.reset();
      setMessage(t(L(), "saved"));
      await refetch();
    } catch (error) {
      setErrors(errorsOf(error));
      setMessage((error as Error).message);
    }
  }

  return (
    <section class="page">
      <header class="page-header">
        <h1>{t(L(), "campaigns")}</h1>
      </header>
      <ReminderBanner {...props} />
      <StatusMessage text={message()} />
      <div class="filters">
        <label class="field">
          <span class="field__label">{t(L(), "schoolYear")}</span>
          <select class="input" value={year()} onChange={(e) => setYear(e.currentTarget.value)}>
            <option value="">{t(L(), "allYears")}</option>
            <For each={years()}>{(y) => <option value={y}>{yearLabel(y)}</option>}</For>
          </select>
        </label>
      </div>
      <Show when={!list.loading} fallback={<p class="muted">{t(L(), "loading")}</p>}>
        <Show when={shown().length > 0} fallback={<p class="lead">{t(L(), "noCampaigns")}</p>}>
          <ul class="card-list">
            <For each={shown()}>
              {(c) => (
                <li class="card">
                  <a
                    class="card__title"
                    href={`/t/${props.tenant}/m/democracy/campaigns/${c.year}/${c.scopeUnitId}`}
                  >
                    {c.title}
                  </a>
                  <p class="card__meta">
                    {yearLabel(c.year)} · {unitName(c.scopeUnitId)} · {t(L(), "deadline").split(" (")[0]}{" "}
                    {dateVi(c.deadline)}
                  </p>
                  <p>
                    <span class={c.status === "open" ? "badge" : "badge badge--muted"}>
                      {t(L(), c.status === "open" ? "statusOpen" : "statusClosed")}
                    </span>
                    <Show when={c.required !== undefined}>
                      {" "}
                      <span class="muted">{t(L(), "unitsRequired", { n: num(L(), c.required ?? 0) })}</span>
                    </Show>
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <Show when={canManage()}>
        <form class="form card" onSubmit={create} novalidate>
          <h2>{t(L(), "newCampaign")}</h2>
          <LabelledField label={t(L(), "schoolYear")} error={errors().year}>
            <select class="input" name="year">
              <option value={current}>{yearLabel(current)}</option>
              <option value={next}>{yearLabel(next)}</option>
            </select>
          </LabelledField>
          <Show when={!manageable.loading} fallback={<p class="muted">{t(L(), "loading")}</p>}>
            <ScopePicker
              locale={L()}
              units={manageable() ?? []}
              name="scopeUnitId"
              invalid={Boolean(errors().scopeUnitId)}
              error={err("scopeUnitId")}
            />
          </Show>
          <LabelledField label={t(L(), "deadline")} error={errors().deadline}>
            <input class="input" name="deadline" inputmode="numeric" placeholder="31/10/2026" />
          </LabelledField>
          <LabelledField label={t(L(), "title")} hint={t(L(), "titleHint")} error={errors().title}>
            <input class="input" name="title" />
          </LabelledField>
          <button class="button" type="submit">
            {t(L(), "create")}
          </button>
        </form>
      </Show>
    </section>
  );
}
