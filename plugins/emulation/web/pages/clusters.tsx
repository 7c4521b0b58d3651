import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import type { Cluster } from "../../src/model";
import { currentSchoolYear, year } from "../format";
import { translator } from "../i18n";
import { base, type Errors, errorsOf, Failure, Field, FormError, Header, Loading } from "../ui";

type Stored = Cluster & { version: number };
type UnitOption = { id: string; name: string };

/** Clusters of a school year: list, create, and change the name or units of one (versioned). */
export default function ClustersPage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  // The years that have clusters plus the current one; the latest with clusters comes first.
  const [years, { refetch: refetchYears }] = createResource(() =>
    props.api.get<{ items: string[] }>("/clusters/years"),
  );
  const yearOptions = () =>
    [...new Set([...(years()?.items ?? []), currentSchoolYear()])].sort((a, b) => b.localeCompare(a));
  const [picked, setSchoolYear] = createSignal<string>();
  const schoolYear = () => picked() ?? years()?.items[0] ?? (years.loading ? undefined : currentSchoolYear());
  const [clusters, { refetch }] = createResource(schoolYear, (y) =>
    props.api.get<{ items: Stored[] }>(`/clusters?schoolYear=${encodeURIComponent(y)}`),
  );
  const [units] = createResource(() =>
    props.api.get<{ items: UnitOption[] }>("/me/units?permission=emulation.manage&kind=cdcs"),
  );
  const [editing, setEditing] = createSignal<Stored | undefined>();
  const names = () => new Map((units()?.items ?? []).map((u) => [u.id, u.name]));
  return (
    <>
      <Header
        title={t("clusters.title")}
        lead={t("clusters.lead")}
        back={base(props.tenant)}
        backLabel={t("common.back")}
      />
      <Field id="em-c-year" label={t("init.year")}>
        <select
          id="em-c-year"
          class="input"
          value={schoolYear() ?? ""}
          onChange={(e) => setSchoolYear(e.currentTarget.value)}
        >
          <For each={yearOptions()}>
            {(y) => (
              <option value={y} selected={y === schoolYear()}>
                {year(y)}
              </option>
            )}
          </For>
        </select>
      </Field>
      <Show when={!clusters.loading && !years.loading} fallback={<Loading label={t("common.loading")} />}>
        <Show when={!clusters.error} fallback={<Failure error={clusters.error} />}>
          <Show
            when={(clusters()?.items.length ?? 0) > 0}
            fallback={<p class="status">{t("clusters.empty")}</p>}
          >
            <ul class="card-list">
              <For each={clusters()?.items}>
                {(c) => (
                  <li class="card">
                    <span class="card__title">{c.name}</span>
                    <span class="card__meta">
                      {year(c.schoolYear)} · {c.unitIds.length} {t("clusters.units")}:{" "}
                      {c.unitIds.map((id) => names().get(id) ?? id).join(", ")}
                    </span>
                    <Show when={(units()?.items.length ?? 0) > 0}>
                      <button type="button" class="button button--secondary" onClick={() => setEditing(c)}>
                        {t("clusters.edit")}
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </Show>
      <Show when={(units()?.items.length ?? 0) > 0}>
        <Show
          when={editing()}
          keyed
          fallback={
            <ClusterForm
              {...props}
              schoolYear={schoolYear() ?? currentSchoolYear()}
              units={units()?.items ?? []}
              onDone={() => {
                void refetch();
                void refetchYears();
              }}
            />
          }
        >
          {(c) => (
            <ClusterForm
              {...props}
              schoolYear={c.schoolYear}
              units={units()?.items ?? []}
              cluster={c}
              onDone={() => {
                setEditing(undefined);
                void refetch();
              }}
            />
          )}
        </Show>
      </Show>
    </>
  );
}

function ClusterForm(
  props: WebPluginRouteProps & {
    schoolYear: string;
    units: UnitOption[];
    cluster?: Stored;
    onDone: () => void;
  },
) {
  const t = translator(() => props.locale);
  const [name, setName] = createSignal(props.cluster?.name ?? "");
  const [chosen, setChosen] = createSignal(new Set(props.cluster?.unitIds ?? []));
  const [filter, setFilter] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>();
  const [done, setDone] = createSignal("");
  const shown = () => {
    const f = filter().trim().toLocaleLowerCase("vi");
    return props.units.filter((u) => !f || u.name.toLocaleLowerCase("vi").includes(f) || chosen().has(u.id));
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(undefined);
    setDone("");
    if (name().trim().length < 2) {
      setErrors({ message: t("common.required"), fields: { name: t("common.required") } });
      return;
    }
    const unitIds = props.units.filter((u) => chosen().has(u.id)).map((u) => u.id);
    try {
      if (props.cluster) {
        await props.api.send(
          "PATCH",
          `/clusters/${encodeURIComponent(props.cluster.schoolYear)}/${encodeURIComponent(props.cluster.id)}`,
          { expectedVersion: props.cluster.version, name: name().trim(), unitIds },
        );
      } else {
        await props.api.send("POST", "/clusters", {
          schoolYear: props.schoolYear,
          name: name().trim(),
          unitIds,
        });
        setName("");
        setChosen(new Set<string>());
      }
      setDone(t("result.saved"));
      props.onDone();
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };
  return (
    <form class="form fieldset" onSubmit={submit}>
      <h2>{props.cluster ? `${t("clusters.edit")}: ${props.cluster.name}` : t("clusters.new")}</h2>
      <Field id="em-c-name" label={t("clusters.name")} error={errors()?.fields.name}>
        <input
          id="em-c-name"
          class="input"
          value={name()}
          placeholder="Cụm thi đua số 1"
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </Field>
      <Field id="em-c-filter" label={t("clusters.filter")}>
        <input
          id="em-c-filter"
          class="input"
          value={filter()}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      </Field>
      <fieldset class="fieldset">
        <legend>
          {t("clusters.units")} ({chosen().size})
        </legend>
        <For each={shown()}>
          {(u) => (
            <div class="field field--check">
              <input
                id={`em-c-u-${u.id}`}
                type="checkbox"
                class="checkbox"
                checked={chosen().has(u.id)}
                onChange={(e) => toggle(u.id, e.currentTarget.checked)}
              />
              <label for={`em-c-u-${u.id}`}>{u.name}</label>
            </div>
          )}
        </For>
      </fieldset>
      <Show when={errors()?.fields.unitIds}>
        <p class="form-error" role="alert">
          {errors()?.fields.unitIds}
        </p>
      </Show>
      <Show when={errors() && !errors()?.fields.unitIds}>
        {/* A stale version (someone else saved the cluster first) offers a reload. */}
        <FormError errors={errors()} conflictText={t("form.conflict")} reloadText={t("form.reload")} />
      </Show>
      <Show when={done()}>
        <p class="notice notice--success" role="status">
          {done()}
        </p>
      </Show>
      <button type="submit" class="button">
        {props.cluster ? t("clusters.save") : t("clusters.create")}
      </button>
    </form>
  );
}
