import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import type { InitiativeRow } from "../../src/boards";
import type { Initiative } from "../../src/model";
import { currentSchoolYear, num, year } from "../format";
import { type T, translator } from "../i18n";
import { base, errorsOf, Field, Header, Loading } from "../ui";
import { InitiativeBars } from "./initiative-bars";

type Item = Omit<Initiative, "grades"> & { version: number; graders: number };

/** Initiatives of a school year, the submission form, and totals per district. */
export default function InitiativesPage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  const [schoolYear, setSchoolYear] = createSignal(currentSchoolYear());
  const [list, { refetch }] = createResource(schoolYear, (y) =>
    props.api.get<{ items: Item[] }>(`/initiatives?schoolYear=${y}`),
  );
  const [summary] = createResource(() => props.api.get<{ rows: InitiativeRow[] }>("/initiatives/summary"));
  const years = () => {
    const now = Number(currentSchoolYear().slice(0, 4));
    return Array.from({ length: 6 }, (_, i) => `${now - i}-${now - i + 1}`);
  };
  return (
    <>
      <Header
        title={t("init.title")}
        lead={t("init.lead")}
        back={base(props.tenant)}
        backLabel={t("common.back")}
      />
      <Field id="em-i-year" label={t("init.year")}>
        <select
          id="em-i-year"
          class="input"
          value={schoolYear()}
          onChange={(e) => setSchoolYear(e.currentTarget.value)}
        >
          <For each={years()}>{(y) => <option value={y}>{year(y)}</option>}</For>
        </select>
      </Field>
      <Show when={props.permissions.includes("emulation.initiative")}>
        <SubmitForm {...props} t={t} schoolYear={schoolYear()} onDone={() => void refetch()} />
      </Show>
      <Show when={!list.loading} fallback={<Loading label={t("common.loading")} />}>
        <Show when={(list()?.items.length ?? 0) > 0} fallback={<p class="muted">{t("init.empty")}</p>}>
          <ul class="record-list">
            <For each={list()?.items}>
              {(i) => (
                <li class="record">
                  <div class="record__head">
                    <p class="record__title">{i.title}</p>
                    <span class="badge" classList={{ "badge--muted": i.status === "submitted" }}>
                      {t(`istatus.${i.status}`)}
                      {i.recognition ? ` – ${i.recognition.grade}` : ""}
                    </span>
                  </div>
                  <p class="record__meta">
                    {i.field} · {i.authorName} · {num(i.graders, props.locale)} {t("init.graders")}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <h2>{t("init.summary")}</h2>
      <InitiativeBars rows={summary()?.rows ?? []} locale={props.locale} />
    </>
  );
}

function SubmitForm(props: WebPluginRouteProps & { t: T; schoolYear: string; onDone: () => void }) {
  const t = props.t;
  const [units] = createResource(() =>
    props.api.get<{ items: { id: string; name: string }[] }>(
      "/me/units?permission=emulation.initiative&kind=cdcs",
    ),
  );
  const [values, setValues] = createSignal({ unitId: "", title: "", field: "", authorName: "" });
  const [errors, setErrors] = createSignal<{ message: string; fields: Record<string, string> }>();
  const [done, setDone] = createSignal(false);
  const set = (k: keyof ReturnType<typeof values>, v: string) => setValues((x) => ({ ...x, [k]: v }));
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(undefined);
    setDone(false);
    try {
      await props.api.send("POST", "/initiatives", {
        ...values(),
        unitId: values().unitId || units()?.items[0]?.id,
        schoolYear: props.schoolYear,
      });
      setDone(true);
      setValues((x) => ({ ...x, title: "", field: "" }));
      props.onDone();
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };
  return (
    <Show when={(units()?.items.length ?? 0) > 0}>
      <form class="form fieldset" onSubmit={submit}>
        <h2>{t("init.submit")}</h2>
        <Field id="em-i-unit" label={t("init.unit")} error={errors()?.fields.unitId}>
          <select id="em-i-unit" class="input" onChange={(e) => set("unitId", e.currentTarget.value)}>
            <For each={units()?.items}>{(u) => <option value={u.id}>{u.name}</option>}</For>
          </select>
        </Field>
        <Field id="em-i-title" label={t("init.name")} error={errors()?.fields.title}>
          <input
            id="em-i-title"
            class="input"
            required
            value={values().title}
            onInput={(e) => set("title", e.currentTarget.value)}
          />
        </Field>
        <Field id="em-i-field" label={t("init.field")} error={errors()?.fields.field}>
          <input
            id="em-i-field"
            class="input"
            required
            value={values().field}
            onInput={(e) => set("field", e.currentTarget.value)}
          />
        </Field>
        <Field id="em-i-author" label={t("init.author")} error={errors()?.fields.authorName}>
          <input
            id="em-i-author"
            class="input"
            required
            autocomplete="name"
            value={values().authorName}
            onInput={(e) => set("authorName", e.currentTarget.value)}
          />
        </Field>
        <Show when={errors()}>
          <p class="form-error" role="alert">
            {errors()?.message}
          </p>
        </Show>
        <Show when={done()}>
          <p class="notice notice--success" role="status">
            {t("init.sent")}
          </p>
        </Show>
        <button type="submit" class="button">
          {t("init.submit")}
        </button>
      </form>
    </Show>
  );
}
