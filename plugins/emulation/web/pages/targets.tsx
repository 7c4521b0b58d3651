import { isoToDayMonthYear } from "@congdoan/core/format";
import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { readDateField } from "../../src/dates";
import type { Movement } from "../../src/model";
import type { TargetView } from "../../src/routes/targets";
import { DateInput } from "../date-input";
import { date, inputNumber, num, year } from "../format";
import { type T, translator } from "../i18n";
import {
  base,
  DownloadButton,
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

interface View {
  movementId: string;
  movementName: string;
  period: string;
  version: number;
  targets: TargetView[];
}
type Cmp = TargetView["comparison"];
const sign: Record<Cmp, string> = { ">=": "≥", ">": ">", "=": "=", "<=": "≤" };

/** Targets of a movement: planned vs achieved (as of), met / not met, revisions with their history. */
export default function TargetsPage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  const [view, { refetch }] = createResource(
    () => props.params.id,
    (id) => props.api.get<View>(`/movements/${id}/targets`),
  );
  const can = props.permissions.includes("emulation.manage");
  return (
    <Show
      when={view()}
      fallback={view.error ? <Failure error={view.error} /> : <Loading label={t("common.loading")} />}
    >
      {(v) => (
        <>
          <Header
            title={t("targets.title")}
            lead={`${v().movementName} · ${year(v().period)}`}
            back={`${base(props.tenant)}/phong-trao/${v().movementId}`}
            backLabel={t("common.back")}
          />
          <Show when={v().targets.length > 0} fallback={<p class="status">{t("movement.noTargets")}</p>}>
            <p>
              <DownloadButton
                api={props.api}
                path={`/exports/targets.xlsx?movementId=${v().movementId}`}
                fileName={`chi-tieu-${v().movementId}.xlsx`}
                label={t("export.xlsx")}
              />
            </p>
            <ul class="record-list">
              <For each={v().targets}>
                {(target) => (
                  <TargetItem
                    {...props}
                    t={t}
                    target={target}
                    version={v().version}
                    can={can}
                    onSaved={refetch}
                  />
                )}
              </For>
            </ul>
          </Show>
          <Show when={can}>
            <AddTargetForm {...props} t={t} view={v()} onSaved={refetch} />
          </Show>
        </>
      )}
    </Show>
  );
}

function planned(target: { comparison: Cmp; planned: number; unit: string }, locale: "vi" | "en") {
  return `${sign[target.comparison]} ${num(target.planned, locale)}${target.unit === "percent" ? "%" : ""}`;
}

function TargetItem(
  props: WebPluginRouteProps & {
    t: T;
    target: TargetView;
    version: number;
    can: boolean;
    onSaved: () => void;
  },
) {
  const t = props.t;
  const tg = () => props.target;
  const unit = () => (tg().unit === "percent" ? "%" : "");
  const [open, setOpen] = createSignal<"" | "revise" | "achieve">("");
  return (
    <li class="record">
      <p class="record__title">{tg().name}</p>
      <p class="record__meta">
        {t("targets.planned")}: {planned(tg(), props.locale)} ·{" "}
        {tg().criterionId ? t("targets.computed") : t("targets.typed")}
      </p>
      <Show when={tg().rows.length > 0} fallback={<p class="muted">{t("targets.noData")}</p>}>
        <ul class="record-list">
          <For each={tg().rows}>
            {(r) => (
              <li class="record__head">
                <span>
                  {year(r.period)} · {r.scope}: {t("targets.achieved").toLowerCase()}{" "}
                  <strong>{r.achieved === null ? "—" : `${num(r.achieved, props.locale)}${unit()}`}</strong>
                  <Show when={r.asOf}>
                    {" "}
                    ({t("targets.asOf").toLowerCase()} {date(r.asOf ?? undefined)})
                  </Show>
                </span>
                <span
                  class="badge"
                  classList={{ "badge--warn": r.met === false, "badge--muted": r.met === null }}
                >
                  {r.met === null ? t("targets.noData") : r.met ? t("targets.met") : t("targets.notMet")}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={tg().history.length > 0}>
        <details>
          <summary>
            {t("targets.history")} ({tg().history.length})
          </summary>
          <ul class="record-list">
            <For each={[...tg().history].reverse()}>
              {(h) => (
                <li class="record">
                  <p class="record__meta">
                    {date(h.at)} · {h.by}: “{h.name}” {planned({ ...h, unit: tg().unit }, props.locale)}
                  </p>
                  <p class="record__meta">
                    {t("targets.reason")}: {h.reason}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
      <Show when={props.can}>
        <div class="button-row button-row--compact">
          <button
            type="button"
            class="button button--secondary"
            onClick={() => setOpen(open() === "revise" ? "" : "revise")}
          >
            {t("targets.revise")}
          </button>
          <Show when={!tg().criterionId}>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => setOpen(open() === "achieve" ? "" : "achieve")}
            >
              {t("targets.record")}
            </button>
          </Show>
        </div>
        <Show when={open() === "revise"}>
          <ReviseForm
            {...props}
            onDone={() => {
              setOpen("");
              props.onSaved();
            }}
          />
        </Show>
        <Show when={open() === "achieve"}>
          <AchieveForm
            {...props}
            onDone={() => {
              setOpen("");
              props.onSaved();
            }}
          />
        </Show>
      </Show>
    </li>
  );
}

function ReviseForm(
  props: WebPluginRouteProps & { t: T; target: TargetView; version: number; onDone: () => void },
) {
  const t = props.t;
  const id = props.target.id;
  const [name, setName] = createSignal(props.target.name);
  const [comparison, setComparison] = createSignal<Cmp>(props.target.comparison);
  const [value, setValue] = createSignal(inputNumber(props.target.planned, props.locale));
  const [reason, setReason] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>();
  const submit = async (e: Event) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    const plannedValue = parseNumber(value(), props.locale);
    if (name().trim().length < 2) fields.name = t("common.required");
    if (plannedValue === undefined || plannedValue < 0) fields.planned = t("form.number");
    if (reason().trim().length < 3) fields.reason = t("targets.reasonRequired");
    if (Object.keys(fields).length) return setErrors({ message: t("form.fix"), fields });
    setErrors(undefined);
    try {
      await props.api.send("POST", `/movements/${props.params.id}/targets/${id}/revise`, {
        expectedVersion: props.version,
        ...(name().trim() !== props.target.name ? { name: name().trim() } : {}),
        ...(comparison() !== props.target.comparison ? { comparison: comparison() } : {}),
        ...(plannedValue !== props.target.planned ? { planned: plannedValue } : {}),
        reason: reason().trim(),
      });
      props.onDone();
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };
  return (
    <form class="form fieldset" onSubmit={submit} novalidate>
      <Field id={`em-rv-name-${id}`} label={t("form.targetName")} error={errors()?.fields.name}>
        <input
          id={`em-rv-name-${id}`}
          class="input"
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </Field>
      <div class="form-grid">
        <Field id={`em-rv-cmp-${id}`} label={t("form.comparison")} error={errors()?.fields.comparison}>
          <select
            id={`em-rv-cmp-${id}`}
            class="input"
            value={comparison()}
            onChange={(e) => setComparison(e.currentTarget.value as Cmp)}
          >
            <For each={Object.entries(sign)}>{([k, s]) => <option value={k}>{s}</option>}</For>
          </select>
        </Field>
        <Field id={`em-rv-planned-${id}`} label={t("targets.planned")} error={errors()?.fields.planned}>
          <input
            id={`em-rv-planned-${id}`}
            class="input"
            inputmode="decimal"
            value={value()}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </Field>
      </div>
      <Field id={`em-rv-reason-${id}`} label={t("targets.reason")} error={errors()?.fields.reason}>
        <input
          id={`em-rv-reason-${id}`}
          class="input"
          value={reason()}
          placeholder="Theo Hướng dẫn đánh giá xếp loại mới"
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </Field>
      <FormError errors={errors()} conflictText={t("form.conflict")} reloadText={t("form.reload")} />
      <button type="submit" class="button">
        {t("targets.saveRevision")}
      </button>
    </form>
  );
}

function AchieveForm(
  props: WebPluginRouteProps & { t: T; target: TargetView; version: number; onDone: () => void },
) {
  const t = props.t;
  const id = props.target.id;
  const [value, setValue] = createSignal(inputNumber(props.target.achieved?.value, props.locale));
  const [asOf, setAsOf] = createSignal(isoToDayMonthYear(props.target.achieved?.asOf));
  const [errors, setErrors] = createSignal<Errors>();
  const submit = async (e: Event) => {
    e.preventDefault();
    const v = parseNumber(value(), props.locale);
    const fields: Record<string, string> = {};
    if (v === undefined || v < 0) fields.value = t("form.number");
    const typed = readDateField(asOf());
    if (!typed.iso) fields.asOf = typed.invalid ? t("date.invalid") : t("common.required");
    if (Object.keys(fields).length) return setErrors({ message: t("form.fix"), fields });
    setErrors(undefined);
    try {
      await props.api.send("POST", `/movements/${props.params.id}/targets/${id}/achievement`, {
        expectedVersion: props.version,
        value: v,
        asOf: typed.iso,
      });
      props.onDone();
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };
  return (
    <form class="form fieldset" onSubmit={submit} novalidate>
      <div class="form-grid">
        <Field id={`em-ac-value-${id}`} label={t("targets.achieved")} error={errors()?.fields.value}>
          <input
            id={`em-ac-value-${id}`}
            class="input"
            inputmode="decimal"
            value={value()}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </Field>
        <Field id={`em-ac-asof-${id}`} label={t("targets.asOf")} error={errors()?.fields.asOf}>
          <DateInput id={`em-ac-asof-${id}`} value={asOf()} onInput={setAsOf} />
        </Field>
      </div>
      <FormError errors={errors()} conflictText={t("form.conflict")} reloadText={t("form.reload")} />
      <button type="submit" class="button">
        {t("targets.saveAchievement")}
      </button>
    </form>
  );
}

function AddTargetForm(props: WebPluginRouteProps & { t: T; view: View; onSaved: () => void }) {
  const t = props.t;
  const [movement] = createResource(() => props.api.get<Movement>(`/movements/${props.view.movementId}`));
  const [name, setName] = createSignal("");
  const [comparison, setComparison] = createSignal<Cmp>(">=");
  const [value, setValue] = createSignal("");
  const [unit, setUnit] = createSignal<"percent" | "count">("percent");
  const [criterionId, setCriterionId] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>();
  const submit = async (e: Event) => {
    e.preventDefault();
    const v = parseNumber(value(), props.locale);
    const fields: Record<string, string> = {};
    if (name().trim().length < 2) fields["target.name"] = t("common.required");
    if (v === undefined || v < 0) fields["target.planned"] = t("form.number");
    if (Object.keys(fields).length) return setErrors({ message: t("form.fix"), fields });
    setErrors(undefined);
    const taken = new Set(props.view.targets.map((x) => x.id));
    let id = slug(name()).slice(0, 50) || "chi-tieu";
    for (let n = 2; taken.has(id); n++) id = `${slug(name()).slice(0, 46) || "chi-tieu"}-${n}`;
    try {
      await props.api.send("POST", `/movements/${props.view.movementId}/targets`, {
        expectedVersion: props.view.version,
        target: {
          id,
          name: name().trim(),
          comparison: comparison(),
          planned: v,
          unit: unit(),
          ...(criterionId() ? { criterionId: criterionId() } : {}),
        },
      });
      setName("");
      setValue("");
      props.onSaved();
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };
  return (
    <form class="form fieldset" onSubmit={submit} novalidate>
      <h2>{t("form.addTarget")}</h2>
      <Field id="em-at-name" label={t("form.targetName")} error={errors()?.fields["target.name"]}>
        <input id="em-at-name" class="input" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <div class="form-grid">
        <Field id="em-at-cmp" label={t("form.comparison")}>
          <select
            id="em-at-cmp"
            class="input"
            value={comparison()}
            onChange={(e) => setComparison(e.currentTarget.value as Cmp)}
          >
            <For each={Object.entries(sign)}>{([k, s]) => <option value={k}>{s}</option>}</For>
          </select>
        </Field>
        <Field id="em-at-planned" label={t("targets.planned")} error={errors()?.fields["target.planned"]}>
          <input
            id="em-at-planned"
            class="input"
            inputmode="decimal"
            value={value()}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </Field>
        <Field id="em-at-unit" label={t("form.targetUnit")}>
          <select
            id="em-at-unit"
            class="input"
            value={unit()}
            onChange={(e) => setUnit(e.currentTarget.value as "percent" | "count")}
          >
            <option value="percent">%</option>
            <option value="count">{t("form.count")}</option>
          </select>
        </Field>
      </div>
      <Field
        id="em-at-crit"
        label={t("form.targetCriterion")}
        error={errors()?.fields["target.criterionId"]}
        hint={t("form.targetCriterionHint")}
      >
        <select
          id="em-at-crit"
          class="input"
          value={criterionId()}
          onChange={(e) => setCriterionId(e.currentTarget.value)}
        >
          <option value="">{t("form.typedTarget")}</option>
          <For each={movement()?.criteria ?? []}>{(c) => <option value={c.id}>{c.name}</option>}</For>
        </select>
      </Field>
      <FormError errors={errors()} conflictText={t("form.conflict")} reloadText={t("form.reload")} />
      <button type="submit" class="button">
        {t("form.addTarget")}
      </button>
    </form>
  );
}
