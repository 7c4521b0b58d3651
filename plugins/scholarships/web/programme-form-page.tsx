import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { CheckField, FormField, fieldErrorsOf, isVersionConflict, type ServerError } from "./form-kit";
import { QuotaRows, RubricRows, type UnitOption } from "./programme-form-rows";
import {
  CATEGORY_CODES,
  emptyForm,
  type FormState,
  formOf,
  formPathOf,
  LEVELS,
  type ProgrammeData,
  toPayload,
} from "./programme-form-state";
import { textFor } from "./text";
import { adminTextFor } from "./text-admin";

/** The school year a new programme is most likely for: from September, this year and the next. */
function comingSchoolYear(): string {
  const now = new Date();
  const y = now.getMonth() >= 5 ? now.getFullYear() : now.getFullYear() - 1;
  return `${y}-${y + 1}`;
}

/**
 * Create (`/programmes/new`) or edit (`/programmes/:id/edit`) a programme: categories with their
 * amounts, budget, quotas, eligibility, window, rubric with weights, reviewers per file. Checked
 * here first, then by the server, whose messages land beside the same fields.
 */
export default function ProgrammeFormPage(props: WebPluginRouteProps) {
  const t = () => adminTextFor(props.locale);
  const w = () => textFor(props.locale);
  const editing = () => !!props.params.id;
  const [units] = createResource(() => props.api.get<{ items: UnitOption[] }>("/manageable-units"));
  const [loaded, { refetch }] = createResource(
    () => props.params.id || false,
    (id) => props.api.get<ProgrammeData>(`/programmes/${id}`),
  );
  const [form, setForm] = createSignal<FormState | undefined>();
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal("");
  const [conflict, setConflict] = createSignal(false);
  const [done, setDone] = createSignal<string | undefined>();
  const [busy, setBusy] = createSignal(false);

  const current = (): FormState | undefined => {
    if (form()) return form();
    if (editing()) return loaded() ? formOf(loaded()!) : undefined;
    const first = units()?.items[0]?.id;
    return first ? emptyForm(comingSchoolYear(), first) : undefined;
  };
  const update = (change: Partial<FormState>) => setForm({ ...current()!, ...change });
  const err = (path: string) => errors()[path];
  const id = (path: string) => `sch-pf-${path.replace(/\./g, "-")}`;
  const owners = () => (units()?.items ?? []).filter((u) => u.kind !== "cdcs");
  const districts = () =>
    (units()?.items ?? []).filter((u) => u.kind === "ldld-huyen" || u.kind === "cdn-gd");
  const schools = () => (units()?.items ?? []).filter((u) => u.kind === "cdcs");

  async function reload() {
    setForm(undefined);
    setConflict(false);
    setErrors({});
    setMessage("");
    await refetch();
  }

  async function submit(e: Event) {
    e.preventDefault();
    const f = current();
    if (!f) return;
    const { body, errors: local } = toPayload(f, t());
    setErrors(local);
    setDone(undefined);
    setConflict(false);
    if (Object.keys(local).length > 0) {
      setMessage(t().fixFields);
      return;
    }
    setBusy(true);
    setMessage("");
    try {
      const saved = editing()
        ? await props.api.send<ProgrammeData>("PATCH", `/programmes/${props.params.id}`, {
            ...body,
            expectedVersion: loaded()!.version,
          })
        : await props.api.send<ProgrammeData>("POST", "/programmes", body);
      setMessage(editing() ? t().saved : t().created);
      setDone(saved.id);
      if (editing()) {
        setForm(undefined);
        await refetch();
      }
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(Object.fromEntries(Object.entries(fields).map(([p, m]) => [formPathOf(p, body, f), m])));
      setConflict(isVersionConflict(error));
      setMessage(isVersionConflict(error) ? t().versionConflict : (error as ServerError).message);
    } finally {
      setBusy(false);
    }
  }

  const rows = { form: () => current()!, update, err, id, t };

  const input = (
    path: keyof FormState & string,
    label: string,
    mode?: "numeric" | "decimal",
    hint?: string,
  ) => (
    <FormField id={id(path)} label={label} error={err(path)} hint={hint}>
      <input
        id={id(path)}
        class="input"
        inputmode={mode}
        value={String(current()![path] ?? "")}
        onInput={(e) => update({ [path]: e.currentTarget.value })}
      />
    </FormField>
  );

  return (
    <section class="page">
      <h1>{editing() ? t().editProgramme : t().newProgramme}</h1>
      <Show when={units.error || loaded.error}>
        <p role="alert" class="inline-error">
          {String((units.error ?? loaded.error)?.message ?? "")}
        </p>
      </Show>
      <Show when={current()} fallback={<p class="status status--loading">…</p>}>
        <Show when={loaded()?.status === "closed"}>
          <p class="notice">{t().closedNotice}</p>
        </Show>
        <form class="form" novalidate onSubmit={submit}>
          {input("name", t().name)}
          {input("schoolYear", w().schoolYear, "numeric", t().schoolYearHint)}
          <FormField id={id("ownerUnitId")} label={t().owner} error={err("ownerUnitId")}>
            <select
              id={id("ownerUnitId")}
              class="input"
              onChange={(e) => update({ ownerUnitId: e.currentTarget.value })}
            >
              <For each={owners()}>
                {(u) => (
                  <option value={u.id} selected={u.id === current()!.ownerUnitId}>
                    {u.name}
                  </option>
                )}
              </For>
            </select>
          </FormField>

          <fieldset
            class="fieldset"
            aria-describedby={err("categories") ? id("categories-error") : undefined}
          >
            <legend>{t().categoriesLegend}</legend>
            <For each={[...CATEGORY_CODES]}>
              {(code) => (
                <div class="form-grid">
                  <CheckField
                    label={w().categories[code]}
                    checked={current()!.categories[code].on}
                    onChange={(on) =>
                      update({
                        categories: {
                          ...current()!.categories,
                          [code]: { ...current()!.categories[code], on },
                        },
                      })
                    }
                  />
                  <Show when={current()!.categories[code].on}>
                    <FormField
                      id={id(`categories.${code}.amount`)}
                      label={t().amountPerAward}
                      error={err(`categories.${code}.amount`)}
                    >
                      <input
                        id={id(`categories.${code}.amount`)}
                        class="input"
                        inputmode="numeric"
                        value={current()!.categories[code].amount}
                        onInput={(e) =>
                          update({
                            categories: {
                              ...current()!.categories,
                              [code]: { ...current()!.categories[code], amount: e.currentTarget.value },
                            },
                          })
                        }
                      />
                    </FormField>
                  </Show>
                </div>
              )}
            </For>
            <Show when={err("categories")}>
              <p class="field__error" id={id("categories-error")}>
                {err("categories")}
              </p>
            </Show>
          </fieldset>

          {input("budget", t().budget, "numeric", t().moneyHint)}

          <fieldset class="fieldset">
            <legend>{t().quotasLegend}</legend>
            <FormField
              id={id("quotas.perUnitDefault")}
              label={t().perUnitDefault}
              error={err("quotas.perUnitDefault")}
            >
              <input
                id={id("quotas.perUnitDefault")}
                class="input"
                inputmode="numeric"
                value={current()!.perUnitDefault}
                onInput={(e) => update({ perUnitDefault: e.currentTarget.value })}
              />
            </FormField>
            <QuotaRows {...rows} kind="byDistrict" options={districts} legend={t().byDistrict} />
            <QuotaRows {...rows} kind="byUnit" options={schools} legend={t().byUnit} />
          </fieldset>

          <fieldset class="fieldset">
            <legend>{t().eligibilityLegend}</legend>
            <div class="form-grid">
              <FormField id={id("eligibility.minAge")} label={t().minAge} error={err("eligibility.minAge")}>
                <input
                  id={id("eligibility.minAge")}
                  class="input"
                  inputmode="numeric"
                  value={current()!.minAge}
                  onInput={(e) => update({ minAge: e.currentTarget.value })}
                />
              </FormField>
              <FormField id={id("eligibility.maxAge")} label={t().maxAge} error={err("eligibility.maxAge")}>
                <input
                  id={id("eligibility.maxAge")}
                  class="input"
                  inputmode="numeric"
                  value={current()!.maxAge}
                  onInput={(e) => update({ maxAge: e.currentTarget.value })}
                />
              </FormField>
            </div>
            <fieldset class="fieldset">
              <legend>{t().levels}</legend>
              <For each={[...LEVELS]}>
                {(level) => (
                  <CheckField
                    label={w().levels[level]}
                    checked={current()!.schoolLevels.includes(level)}
                    onChange={(on) =>
                      update({
                        schoolLevels: on
                          ? [...current()!.schoolLevels, level]
                          : current()!.schoolLevels.filter((l) => l !== level),
                      })
                    }
                  />
                )}
              </For>
              <Show when={err("eligibility.schoolLevels")}>
                <p class="field__error">{err("eligibility.schoolLevels")}</p>
              </Show>
            </fieldset>
            <FormField
              id={id("eligibility.minAverage")}
              label={t().minAverage}
              error={err("eligibility.minAverage")}
            >
              <input
                id={id("eligibility.minAverage")}
                class="input"
                inputmode="decimal"
                value={current()!.minAverage}
                onInput={(e) => update({ minAverage: e.currentTarget.value })}
              />
            </FormField>
            <FormField
              id={id("eligibility.minHardshipLength")}
              label={t().minHardshipLength}
              error={err("eligibility.minHardshipLength")}
            >
              <input
                id={id("eligibility.minHardshipLength")}
                class="input"
                inputmode="numeric"
                value={current()!.minHardshipLength}
                onInput={(e) => update({ minHardshipLength: e.currentTarget.value })}
              />
            </FormField>
          </fieldset>

          <fieldset class="fieldset">
            <legend>{t().windowLegend}</legend>
            <div class="form-grid">
              <FormField id={id("window.opensOn")} label={t().opensOn} error={err("window.opensOn")}>
                <input
                  id={id("window.opensOn")}
                  class="input"
                  inputmode="numeric"
                  value={current()!.opensOn}
                  onInput={(e) => update({ opensOn: e.currentTarget.value })}
                />
              </FormField>
              <FormField id={id("window.closesOn")} label={t().closesOn} error={err("window.closesOn")}>
                <input
                  id={id("window.closesOn")}
                  class="input"
                  inputmode="numeric"
                  value={current()!.closesOn}
                  onInput={(e) => update({ closesOn: e.currentTarget.value })}
                />
              </FormField>
            </div>
          </fieldset>

          <RubricRows form={() => current()!} update={update} err={err} id={id} t={t} />

          {input("reviewersPerNomination", t().reviewersPerNomination, "numeric")}

          <div class="button-row">
            <button type="submit" class="button" disabled={busy() || loaded()?.status === "closed"}>
              {editing() ? t().save : t().create}
            </button>
            <Show when={conflict()}>
              <button type="button" class="button button--secondary" onClick={reload}>
                {t().reload}
              </button>
            </Show>
          </div>
          <Show when={message()}>
            <p role={done() ? "status" : "alert"} class={done() ? "notice notice--success" : "form-error"}>
              {message()}
            </p>
          </Show>
          <Show when={done()}>
            <a
              class="button button--secondary"
              href={`/t/${props.tenant}/m/scholarships/programmes/${done()}`}
            >
              {t().open}
            </a>
          </Show>
        </form>
      </Show>
    </section>
  );
}
