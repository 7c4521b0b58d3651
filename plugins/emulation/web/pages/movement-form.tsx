import { isoToDayMonthYear } from "@congdoan/core/format";
import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Index, Show } from "solid-js";
import { readDateField } from "../../src/dates";
import type { Criterion, Movement } from "../../src/model";
import { DateInput } from "../date-input";
import { currentSchoolYear, inputNumber } from "../format";
import { type T, translator } from "../i18n";
import {
  base,
  type Errors,
  errorsOf,
  Failure,
  Field,
  FormError,
  Header,
  Loading,
  parseNumber,
  slug,
} from "../ui";
import { ScoringHolds } from "./scoring-holds";

type M = Movement & { version: number };
type Measure = Criterion["measure"];
interface CriterionRow {
  id: string;
  name: string;
  weight: string;
  maxScore: string;
  measure: Measure;
  fullAt: string;
}
interface TargetRow {
  name: string;
  comparison: ">=" | ">" | "=" | "<=";
  planned: string;
  unit: "percent" | "count";
  criterionIndex: string;
}

const UNIT_KINDS = ["cdcs", "ldld-huyen", "cdn-gd", "ldld", "other"] as const;
const MEASURES: Measure[] = ["score", "yes-no", "count", "percentage"];

/** Launch a movement (`/phong-trao/moi`) or edit one (`/phong-trao/:id/sua`, versioned). */
export default function MovementFormPage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  const [movement] = createResource(
    () => props.params.id,
    (id) => props.api.get<M>(`/movements/${id}`),
  );
  return (
    <Show when={props.params.id} fallback={<MovementForm {...props} t={t} />}>
      <Show when={!movement.loading} fallback={<Loading label={t("common.loading")} />}>
        <Show when={movement()} fallback={<Failure error={movement.error} />}>
          {(m) => <MovementForm {...props} t={t} movement={m()} />}
        </Show>
      </Show>
    </Show>
  );
}

function MovementForm(props: WebPluginRouteProps & { t: T; movement?: M }) {
  const t = props.t;
  const m = props.movement;
  const editing = !!m;
  const [owners] = createResource(() =>
    props.api.get<{ items: { id: string; name: string; kind: string }[] }>(
      "/me/units?permission=emulation.manage",
    ),
  );
  const ownerOptions = () => (owners()?.items ?? []).filter((u) => u.kind !== "cdcs");
  const [name, setName] = createSignal(m?.name ?? "");
  const [kind, setKind] = createSignal<Movement["kind"]>(m?.kind ?? "phong-trao");
  const [period, setPeriod] = createSignal(m?.period ?? currentSchoolYear());
  const [owner, setOwner] = createSignal(m?.ownerUnitId ?? "");
  const [description, setDescription] = createSignal(m?.description ?? "");
  const [deadline, setDeadline] = createSignal(isoToDayMonthYear(m?.registrationDeadline));
  const [unitKinds, setUnitKinds] = createSignal<string[]>(m?.audience.unitKinds ?? ["cdcs"]);
  const [people, setPeople] = createSignal(m?.audience.people ?? "units");
  const [ownership, setOwnership] = createSignal(m?.audience.ownership ?? "");
  const [titles, setTitles] = createSignal((m?.titles ?? []).join("\n"));
  const [criteria, setCriteria] = createSignal<CriterionRow[]>(
    (m?.criteria ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      weight: inputNumber(c.weight, props.locale),
      maxScore: inputNumber(c.maxScore, props.locale),
      measure: c.measure,
      fullAt: inputNumber(c.fullAt, props.locale),
    })),
  );
  const [targets, setTargets] = createSignal<TargetRow[]>([]);
  const [errors, setErrors] = createSignal<Errors>();
  const [busy, setBusy] = createSignal(false);
  const err = (path: string) => errors()?.fields[path];
  /** The first message for a list field or any of its items ("titles", "titles.2"). */
  const errIn = (path: string) =>
    Object.entries(errors()?.fields ?? {}).find(([k]) => k === path || k.startsWith(`${path}.`))?.[1];

  const setCriterion = (i: number, patch: Partial<CriterionRow>) =>
    setCriteria((rows) => rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const setTarget = (i: number, patch: Partial<TargetRow>) =>
    setTargets((rows) => rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const addCriterion = () =>
    setCriteria((rows) => [
      ...rows,
      { id: "", name: "", weight: "1", maxScore: "10", measure: "score", fullAt: "" },
    ]);
  const addTarget = () =>
    setTargets((rows) => [
      ...rows,
      { name: "", comparison: ">=", planned: "", unit: "percent", criterionIndex: "" },
    ]);

  /** Ids for new criteria from their names, kept unique; existing criteria keep theirs. */
  const criteriaIds = () => {
    const used = new Set(
      criteria()
        .map((c) => c.id)
        .filter(Boolean),
    );
    return criteria().map((c, i) => {
      if (c.id) return c.id;
      let id = slug(c.name) || `tieu-chi-${i + 1}`;
      for (let n = 2; used.has(id); n++) id = `${slug(c.name) || "tieu-chi"}-${n}`;
      used.add(id);
      return id;
    });
  };

  /** Checks done here too, so a message sits next to the field before any round trip. */
  const localErrors = (): Record<string, string> => {
    const out: Record<string, string> = {};
    if (name().trim().length < 3) out.name = t("form.nameShort");
    if (!editing && !owner() && !ownerOptions()[0]) out.ownerUnitId = t("common.required");
    if (unitKinds().length === 0) out["audience.unitKinds"] = t("form.pickOne");
    criteria().forEach((c, i) => {
      if (c.name.trim().length < 2) out[`criteria.${i}.name`] = t("common.required");
      if (!((parseNumber(c.weight, props.locale) ?? 0) > 0)) out[`criteria.${i}.weight`] = t("form.positive");
      if (!((parseNumber(c.maxScore, props.locale) ?? 0) > 0))
        out[`criteria.${i}.maxScore`] = t("form.positive");
      if (c.measure === "count" && c.fullAt.trim() && !((parseNumber(c.fullAt, props.locale) ?? 0) > 0))
        out[`criteria.${i}.fullAt`] = t("form.positive");
    });
    targets().forEach((r, i) => {
      if (r.name.trim().length < 2) out[`targets.${i}.name`] = t("common.required");
      if (parseNumber(r.planned, props.locale) === undefined) out[`targets.${i}.planned`] = t("form.number");
    });
    if (readDateField(deadline()).invalid) out.registrationDeadline = t("date.invalid");
    return out;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const local = localErrors();
    if (Object.keys(local).length) {
      setErrors({ message: t("form.fix"), fields: local });
      return;
    }
    setErrors(undefined);
    setBusy(true);
    const ids = criteriaIds();
    const criteriaBody = criteria().map((c, i) => ({
      id: ids[i]!,
      name: c.name.trim(),
      weight: parseNumber(c.weight, props.locale),
      maxScore: parseNumber(c.maxScore, props.locale),
      measure: c.measure,
      ...(c.measure === "count" && parseNumber(c.fullAt, props.locale) !== undefined
        ? { fullAt: parseNumber(c.fullAt, props.locale) }
        : {}),
    }));
    const audience = {
      unitKinds: unitKinds(),
      people: people(),
      ...(ownership() ? { ownership: ownership() } : {}),
      ...(m?.audience.schoolLevels ? { schoolLevels: m.audience.schoolLevels } : {}),
    };
    const titleList = titles()
      .split("\n")
      .map((s) => s.trim())
      .filter(Boolean);
    try {
      if (m) {
        await props.api.send("PATCH", `/movements/${m.id}`, {
          expectedVersion: m.version,
          name: name().trim(),
          description: description().trim(),
          audience,
          criteria: criteriaBody,
          titles: titleList,
          registrationDeadline: readDateField(deadline()).iso ?? null,
        });
        window.location.assign(`${base(props.tenant)}/phong-trao/${m.id}`);
      } else {
        const created = await props.api.send<M>("POST", "/movements", {
          name: name().trim(),
          kind: kind(),
          period: period().trim(),
          ownerUnitId: owner() || ownerOptions()[0]?.id,
          ...(description().trim() ? { description: description().trim() } : {}),
          audience,
          criteria: criteriaBody,
          titles: titleList,
          ...(readDateField(deadline()).iso ? { registrationDeadline: readDateField(deadline()).iso } : {}),
          targets: targets().map((r, i) => ({
            id: `${slug(r.name).slice(0, 40) || "chi-tieu"}-${i + 1}`,
            name: r.name.trim(),
            comparison: r.comparison,
            planned: parseNumber(r.planned, props.locale),
            unit: r.unit,
            ...(r.criterionIndex !== "" ? { criterionId: ids[Number(r.criterionIndex)] } : {}),
          })),
        });
        window.location.assign(`${base(props.tenant)}/phong-trao/${created.id}`);
      }
    } catch (error) {
      setErrors(errorsOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Header
        title={m ? `${t("form.edit")}: ${m.name}` : t("form.new")}
        lead={t("form.lead")}
        back={m ? `${base(props.tenant)}/phong-trao/${m.id}` : base(props.tenant)}
        backLabel={t("common.back")}
      />
      <form class="form" onSubmit={submit} novalidate>
        <Field id="em-m-name" label={t("form.name")} error={err("name")}>
          <input
            id="em-m-name"
            class="input"
            value={name()}
            placeholder="Thi đua “Dạy tốt – Học tốt” năm học 2026 – 2027"
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </Field>
        <Show when={!editing}>
          <Field id="em-m-kind" label={t("form.kind")} error={err("kind")}>
            <select
              id="em-m-kind"
              class="input"
              value={kind()}
              onChange={(e) => setKind(e.currentTarget.value as Movement["kind"])}
            >
              <For each={["phong-trao", "cuoc-van-dong", "nghi-quyet"]}>
                {(k) => <option value={k}>{t(`kind.${k}`)}</option>}
              </For>
            </select>
          </Field>
          <Field
            id="em-m-period"
            label={t("movement.period")}
            error={err("period")}
            hint={t("form.periodHint")}
          >
            <input
              id="em-m-period"
              class="input"
              value={period()}
              onInput={(e) => setPeriod(e.currentTarget.value)}
            />
          </Field>
          <Field id="em-m-owner" label={t("form.owner")} error={err("ownerUnitId")}>
            <select
              id="em-m-owner"
              class="input"
              value={owner()}
              onChange={(e) => setOwner(e.currentTarget.value)}
            >
              <For each={ownerOptions()}>{(u) => <option value={u.id}>{u.name}</option>}</For>
            </select>
          </Field>
        </Show>
        <Field id="em-m-desc" label={t("form.description")} error={err("description")}>
          <textarea
            id="em-m-desc"
            class="input"
            rows={3}
            value={description()}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        </Field>
        <Field id="em-m-deadline" label={t("movement.deadline")} error={err("registrationDeadline")}>
          <DateInput id="em-m-deadline" value={deadline()} onInput={setDeadline} />
        </Field>
        <fieldset class="fieldset" classList={{ "field--invalid": !!err("audience.unitKinds") }}>
          <legend>{t("form.audience")}</legend>
          <For each={UNIT_KINDS}>
            {(k) => (
              <div class="field field--check">
                <input
                  id={`em-m-kind-${k}`}
                  type="checkbox"
                  class="checkbox"
                  checked={unitKinds().includes(k)}
                  onChange={(e) =>
                    setUnitKinds((xs) => (e.currentTarget.checked ? [...xs, k] : xs.filter((x) => x !== k)))
                  }
                />
                <label for={`em-m-kind-${k}`}>{t(`unitKind.${k}`)}</label>
              </div>
            )}
          </For>
          <Show when={err("audience.unitKinds")}>
            <p class="field__error">{err("audience.unitKinds")}</p>
          </Show>
          <Field id="em-m-people" label={t("form.people")} error={err("audience.people")}>
            <select
              id="em-m-people"
              class="input"
              value={people()}
              onChange={(e) => setPeople(e.currentTarget.value as Movement["audience"]["people"])}
            >
              <For each={["units", "women-members", "all-members"]}>
                {(p) => <option value={p}>{t(`people.${p}`)}</option>}
              </For>
            </select>
          </Field>
          <Field id="em-m-ownership" label={t("form.ownership")} error={err("audience.ownership")}>
            <select
              id="em-m-ownership"
              class="input"
              value={ownership()}
              onChange={(e) => setOwnership(e.currentTarget.value as "")}
            >
              <option value="">{t("ownership.all")}</option>
              <option value="public">{t("ownership.public")}</option>
              <option value="non-public">{t("ownership.non-public")}</option>
            </select>
          </Field>
        </fieldset>
        <Field id="em-m-titles" label={t("form.titles")} error={errIn("titles")} hint={t("form.titlesHint")}>
          <textarea
            id="em-m-titles"
            class="input"
            rows={3}
            value={titles()}
            onInput={(e) => setTitles(e.currentTarget.value)}
          />
        </Field>

        <h2>{t("movement.criteria")}</h2>
        <Show when={err("criteria")}>
          <p class="field__error">{err("criteria")}</p>
        </Show>
        <Show when={criteria().length > 0} fallback={<p class="muted">{t("form.noCriteria")}</p>}>
          <Index each={criteria()}>
            {(c, i) => (
              <fieldset class="fieldset">
                <legend>
                  {t("form.criterion")} {i + 1}
                </legend>
                <Field
                  id={`em-c-name-${i}`}
                  label={t("form.criterionName")}
                  error={err(`criteria.${i}.name`)}
                >
                  <input
                    id={`em-c-name-${i}`}
                    class="input"
                    value={c().name}
                    onInput={(e) => setCriterion(i, { name: e.currentTarget.value })}
                  />
                </Field>
                <div class="form-grid">
                  <Field
                    id={`em-c-weight-${i}`}
                    label={t("movement.weight")}
                    error={err(`criteria.${i}.weight`)}
                  >
                    <input
                      id={`em-c-weight-${i}`}
                      class="input"
                      inputmode="decimal"
                      value={c().weight}
                      onInput={(e) => setCriterion(i, { weight: e.currentTarget.value })}
                    />
                  </Field>
                  <Field
                    id={`em-c-max-${i}`}
                    label={t("movement.maxScore")}
                    error={err(`criteria.${i}.maxScore`)}
                  >
                    <input
                      id={`em-c-max-${i}`}
                      class="input"
                      inputmode="decimal"
                      value={c().maxScore}
                      onInput={(e) => setCriterion(i, { maxScore: e.currentTarget.value })}
                    />
                  </Field>
                  <Field
                    id={`em-c-measure-${i}`}
                    label={t("form.measure")}
                    error={err(`criteria.${i}.measure`)}
                  >
                    <select
                      id={`em-c-measure-${i}`}
                      class="input"
                      value={c().measure}
                      onChange={(e) => setCriterion(i, { measure: e.currentTarget.value as Measure })}
                    >
                      <For each={MEASURES}>{(ms) => <option value={ms}>{t(`measure.${ms}`)}</option>}</For>
                    </select>
                  </Field>
                  <Show when={c().measure === "count"}>
                    <Field
                      id={`em-c-full-${i}`}
                      label={t("form.fullAt")}
                      error={err(`criteria.${i}.fullAt`)}
                      hint={t("form.fullAtHint")}
                    >
                      <input
                        id={`em-c-full-${i}`}
                        class="input"
                        inputmode="numeric"
                        value={c().fullAt}
                        onInput={(e) => setCriterion(i, { fullAt: e.currentTarget.value })}
                      />
                    </Field>
                  </Show>
                </div>
                <button
                  type="button"
                  class="button button--link button--danger-text"
                  onClick={() => setCriteria((rows) => rows.filter((_, k) => k !== i))}
                >
                  {t("form.remove")}
                </button>
              </fieldset>
            )}
          </Index>
        </Show>
        <button type="button" class="button button--secondary" onClick={addCriterion}>
          {t("form.addCriterion")}
        </button>

        <Show
          when={!editing}
          fallback={
            <p class="muted">
              {t("form.targetsElsewhere")}{" "}
              <a href={`${base(props.tenant)}/phong-trao/${m?.id}/chi-tieu`}>{t("targets.title")}</a>
            </p>
          }
        >
          <h2>{t("movement.targets")}</h2>
          <Show when={err("targets")}>
            <p class="field__error">{err("targets")}</p>
          </Show>
          <Show when={targets().length > 0} fallback={<p class="muted">{t("form.noTargets")}</p>}>
            <Index each={targets()}>
              {(r, i) => (
                <fieldset class="fieldset">
                  <legend>
                    {t("form.target")} {i + 1}
                  </legend>
                  <Field id={`em-t-name-${i}`} label={t("form.targetName")} error={err(`targets.${i}.name`)}>
                    <input
                      id={`em-t-name-${i}`}
                      class="input"
                      value={r().name}
                      placeholder="Trên 95% đoàn viên đạt danh hiệu"
                      onInput={(e) => setTarget(i, { name: e.currentTarget.value })}
                    />
                  </Field>
                  <div class="form-grid">
                    <Field
                      id={`em-t-cmp-${i}`}
                      label={t("form.comparison")}
                      error={err(`targets.${i}.comparison`)}
                    >
                      <select
                        id={`em-t-cmp-${i}`}
                        class="input"
                        value={r().comparison}
                        onChange={(e) =>
                          setTarget(i, { comparison: e.currentTarget.value as TargetRow["comparison"] })
                        }
                      >
                        <option value=">=">≥</option>
                        <option value=">">&gt;</option>
                        <option value="=">=</option>
                        <option value="<=">≤</option>
                      </select>
                    </Field>
                    <Field
                      id={`em-t-planned-${i}`}
                      label={t("targets.planned")}
                      error={err(`targets.${i}.planned`)}
                    >
                      <input
                        id={`em-t-planned-${i}`}
                        class="input"
                        inputmode="decimal"
                        value={r().planned}
                        onInput={(e) => setTarget(i, { planned: e.currentTarget.value })}
                      />
                    </Field>
                    <Field id={`em-t-unit-${i}`} label={t("form.targetUnit")}>
                      <select
                        id={`em-t-unit-${i}`}
                        class="input"
                        value={r().unit}
                        onChange={(e) => setTarget(i, { unit: e.currentTarget.value as TargetRow["unit"] })}
                      >
                        <option value="percent">%</option>
                        <option value="count">{t("form.count")}</option>
                      </select>
                    </Field>
                  </div>
                  <Field
                    id={`em-t-crit-${i}`}
                    label={t("form.targetCriterion")}
                    error={err(`targets.${i}.criterionId`)}
                    hint={t("form.targetCriterionHint")}
                  >
                    <select
                      id={`em-t-crit-${i}`}
                      class="input"
                      value={r().criterionIndex}
                      onChange={(e) => setTarget(i, { criterionIndex: e.currentTarget.value })}
                    >
                      <option value="">{t("form.typedTarget")}</option>
                      <Index each={criteria()}>
                        {(c, k) => (
                          <option value={String(k)}>{c().name || `${t("form.criterion")} ${k + 1}`}</option>
                        )}
                      </Index>
                    </select>
                  </Field>
                  <button
                    type="button"
                    class="button button--link button--danger-text"
                    onClick={() => setTargets((rows) => rows.filter((_, k) => k !== i))}
                  >
                    {t("form.remove")}
                  </button>
                </fieldset>
              )}
            </Index>
          </Show>
          <button type="button" class="button button--secondary" onClick={addTarget}>
            {t("form.addTarget")}
          </button>
        </Show>

        <FormError errors={errors()} conflictText={t("form.conflict")} reloadText={t("form.reload")} />
        <Show when={m}>
          {(movement) => (
            <ScoringHolds
              errors={errors()}
              movementId={movement().id}
              tenant={props.tenant}
              locale={props.locale}
              t={t}
            />
          )}
        </Show>
        <div class="button-row">
          <button type="submit" class="button" disabled={busy()}>
            {m ? t("form.save") : t("form.create")}
          </button>
        </div>
      </form>
    </>
  );
}
