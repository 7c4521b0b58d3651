import { isoToDayMonthYear, todayIso } from "@congdoan/core/format";
import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Index, Show } from "solid-js";
import { readDateField } from "../../src/dates";
import { awardForms, awardLevels } from "../../src/labels";
import { readSchoolYearText } from "../../src/school-year-text";
import { DateInput } from "../date-input";
import { currentSchoolYear, year } from "../format";
import { translator } from "../i18n";
import { base, errorsOf, Field, Header } from "../ui";

type Line = {
  form: keyof typeof awardForms;
  recipient: "collective" | "individual";
  unitId: string;
  fullName: string;
  title: string;
};
const emptyLine = (unitId = ""): Line => ({
  form: "giay-khen",
  recipient: "collective",
  unitId,
  fullName: "",
  title: "",
});

/** Enter an award decision: number, date, signer, level, and its collectives / individuals. */
export default function NewDecisionPage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  const vi = () => props.locale === "vi";
  const [units] = createResource(() =>
    props.api.get<{ items: { id: string; name: string; kind: string }[] }>(
      "/me/units?permission=emulation.award",
    ),
  );
  const [head, setHead] = createSignal({
    number: "",
    date: isoToDayMonthYear(todayIso()),
    signer: "",
    level: "ldld-huyen",
    schoolYear: currentSchoolYear(),
    issuedByUnitId: "",
  });
  const [lines, setLines] = createSignal<Line[]>([emptyLine()]);
  const [errors, setErrors] = createSignal<{ message: string; fields: Record<string, string> }>();
  const [done, setDone] = createSignal("");
  const setH = (k: keyof ReturnType<typeof head>, v: string) => setHead((h) => ({ ...h, [k]: v }));
  const setLine = (i: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(undefined);
    setDone("");
    const first = units()?.items[0]?.id ?? "";
    const firstIssuer = units()?.items.find((u) => u.kind !== "cdcs")?.id ?? first;
    const signed = readDateField(head().date);
    if (!signed.iso) {
      const message = signed.invalid ? t("date.invalid") : t("common.required");
      setErrors({ message: t("form.fix"), fields: { date: message } });
      return;
    }
    try {
      const out = await props.api.send<{ number: string }>("POST", "/decisions", {
        ...head(),
        // "2022–2023" as the pages show it is sent as "2022-2023" (the API's answer names it otherwise).
        schoolYear: readSchoolYearText(head().schoolYear) ?? head().schoolYear.trim(),
        date: signed.iso,
        issuedByUnitId: head().issuedByUnitId || firstIssuer,
        lines: lines().map((l) => ({
          form: l.form,
          recipient: l.recipient,
          unitId: l.unitId || first,
          ...(l.recipient === "individual" ? { fullName: l.fullName } : {}),
          ...(l.form === "danh-hieu" ? { title: l.title } : {}),
        })),
      });
      setDone(out.number);
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };
  const err = (path: string) => errors()?.fields[path];
  return (
    <>
      <Header
        title={vi() ? "Ra quyết định khen thưởng" : "New award decision"}
        back={`${base(props.tenant)}/khen-thuong`}
        backLabel={t("common.back")}
      />
      <form class="form" onSubmit={submit}>
        <Field id="em-d-number" label={vi() ? "Số quyết định" : "Decision number"} error={err("number")}>
          <input
            id="em-d-number"
            class="input"
            value={head().number}
            onInput={(e) => setH("number", e.currentTarget.value)}
          />
        </Field>
        <Field id="em-d-date" label={vi() ? "Ngày ký" : "Date"} error={err("date")}>
          <DateInput id="em-d-date" value={head().date} onInput={(v) => setH("date", v)} />
        </Field>
        <Field id="em-d-signer" label={vi() ? "Người ký" : "Signer"} error={err("signer")}>
          <input
            id="em-d-signer"
            class="input"
            value={head().signer}
            onInput={(e) => setH("signer", e.currentTarget.value)}
          />
        </Field>
        <Field id="em-d-level" label={t("awards.level")} error={err("level")}>
          <select
            id="em-d-level"
            class="input"
            value={head().level}
            onChange={(e) => setH("level", e.currentTarget.value)}
          >
            <For each={Object.entries(awardLevels)}>
              {([id, label]) => <option value={id}>{label[props.locale]}</option>}
            </For>
          </select>
        </Field>
        <Field id="em-d-year" label={t("init.year")} error={err("schoolYear")}>
          <input
            id="em-d-year"
            class="input"
            value={head().schoolYear}
            placeholder={year("2022-2023")}
            onInput={(e) => setH("schoolYear", e.currentTarget.value)}
          />
        </Field>
        <Field
          id="em-d-unit"
          label={vi() ? "Đơn vị ra quyết định" : "Issuing unit"}
          error={err("issuedByUnitId")}
        >
          <select
            id="em-d-unit"
            class="input"
            onChange={(e) => setH("issuedByUnitId", e.currentTarget.value)}
          >
            <For each={units()?.items.filter((u) => u.kind !== "cdcs")}>
              {(u) => <option value={u.id}>{u.name}</option>}
            </For>
          </select>
        </Field>
        <Index each={lines()}>
          {(line, i) => (
            <fieldset class="fieldset">
              <legend>
                {vi() ? "Dòng" : "Line"} {i + 1}
              </legend>
              <Field id={`em-l-form-${i}`} label={t("awards.form")} error={err(`lines.${i}.form`)}>
                <select
                  id={`em-l-form-${i}`}
                  class="input"
                  value={line().form}
                  onChange={(e) => setLine(i, { form: e.currentTarget.value as Line["form"] })}
                >
                  <For each={Object.entries(awardForms)}>
                    {([id, label]) => <option value={id}>{label[props.locale]}</option>}
                  </For>
                </select>
              </Field>
              <Show when={line().form === "danh-hieu"}>
                <Field
                  id={`em-l-title-${i}`}
                  label={vi() ? "Tên danh hiệu" : "Title"}
                  error={err(`lines.${i}.title`)}
                >
                  <input
                    id={`em-l-title-${i}`}
                    class="input"
                    value={line().title}
                    onInput={(e) => setLine(i, { title: e.currentTarget.value })}
                  />
                </Field>
              </Show>
              <Field id={`em-l-rec-${i}`} label={vi() ? "Khen cho" : "Recipient"}>
                <select
                  id={`em-l-rec-${i}`}
                  class="input"
                  value={line().recipient}
                  onChange={(e) => setLine(i, { recipient: e.currentTarget.value as Line["recipient"] })}
                >
                  <option value="collective">{t("awards.collective")}</option>
                  <option value="individual">{t("awards.individual")}</option>
                </select>
              </Field>
              <Field id={`em-l-unit-${i}`} label={t("init.unit")} error={err(`lines.${i}.unitId`)}>
                <select
                  id={`em-l-unit-${i}`}
                  class="input"
                  value={line().unitId}
                  onChange={(e) => setLine(i, { unitId: e.currentTarget.value })}
                >
                  <For each={units()?.items}>{(u) => <option value={u.id}>{u.name}</option>}</For>
                </select>
              </Field>
              <Show when={line().recipient === "individual"}>
                <Field
                  id={`em-l-name-${i}`}
                  label={vi() ? "Họ và tên" : "Full name"}
                  error={err(`lines.${i}.fullName`)}
                >
                  <input
                    id={`em-l-name-${i}`}
                    class="input"
                    autocomplete="off"
                    value={line().fullName}
                    onInput={(e) => setLine(i, { fullName: e.currentTarget.value })}
                  />
                </Field>
              </Show>
              <Show when={lines().length > 1}>
                <button
                  type="button"
                  class="button button--danger-text"
                  onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                >
                  {vi() ? "Bỏ dòng này" : "Remove line"}
                </button>
              </Show>
            </fieldset>
          )}
        </Index>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => setLines((ls) => [...ls, emptyLine(ls.at(-1)?.unitId)])}
        >
          {vi() ? "Thêm dòng" : "Add line"}
        </button>
        <Show when={errors()}>
          <p class="form-error" role="alert">
            {errors()?.message}
          </p>
        </Show>
        <Show when={done()}>
          <p class="notice notice--success" role="status">
            {vi() ? `Đã ban hành quyết định số ${done()}.` : `Decision ${done()} issued.`}
          </p>
        </Show>
        <button type="submit" class="button">
          {vi() ? "Ban hành quyết định" : "Issue decision"}
        </button>
      </form>
    </>
  );
}
