import type { PluginApi, WebLocale } from "@congdoan/plugin-sdk/web";
import { createSignal, Show } from "solid-js";
import { readDateField } from "../../src/dates";
import type { Movement } from "../../src/model";
import { DateInput } from "../date-input";
import { translator } from "../i18n";
import { base, type Errors, errorsOf, Field, FormError } from "../ui";

/** "2019-2020" → "2020-2021"; a multi-year period has no obvious next one (the user types it). */
export const nextYear = (period: string) => {
  const m = /^(\d{4})-(\d{4})$/.exec(period);
  return m && Number(m[2]) - Number(m[1]) === 1 ? `${m[2]}-${Number(m[2]) + 1}` : "";
};

/** Copies a movement (criteria and targets, no results) to the next school year, then opens the copy. */
export function CopyMovementForm(props: {
  api: PluginApi;
  tenant: string;
  locale: WebLocale;
  movement: Movement;
}) {
  const t = translator(() => props.locale);
  const [period, setPeriod] = createSignal(nextYear(props.movement.period));
  const [deadline, setDeadline] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>();
  const [busy, setBusy] = createSignal(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!period().trim()) fields.period = t("common.required");
    const typed = readDateField(deadline());
    if (typed.invalid) fields.registrationDeadline = t("date.invalid");
    if (Object.keys(fields).length) {
      setErrors({ message: t("form.fix"), fields });
      return;
    }
    setErrors(undefined);
    setBusy(true);
    try {
      const copy = await props.api.send<Movement>("POST", `/movements/${props.movement.id}/copy`, {
        period: period().trim(),
        ...(typed.iso ? { registrationDeadline: typed.iso } : {}),
      });
      window.location.assign(`${base(props.tenant)}/phong-trao/${copy.id}`);
    } catch (error) {
      setErrors(errorsOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form fieldset" onSubmit={submit} novalidate>
      <h2>{t("copy.title")}</h2>
      <p class="muted">{t("copy.lead")}</p>
      <Field id="em-copy-period" label={t("copy.period")} error={errors()?.fields.period}>
        <input
          id="em-copy-period"
          class="input"
          value={period()}
          placeholder="2026-2027"
          onInput={(e) => setPeriod(e.currentTarget.value)}
        />
      </Field>
      <Field
        id="em-copy-deadline"
        label={t("movement.deadline")}
        error={errors()?.fields.registrationDeadline}
        hint={t("copy.deadlineHint")}
      >
        <DateInput id="em-copy-deadline" value={deadline()} onInput={setDeadline} />
      </Field>
      <Show when={errors() && !errors()?.fields.period}>
        <FormError errors={errors()} conflictText={t("form.conflict")} reloadText={t("form.reload")} />
      </Show>
      <button type="submit" class="button button--secondary" disabled={busy()}>
        {t("copy.submit")}
      </button>
    </form>
  );
}
