import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createEffect, createResource, createSignal, For, type JSX, Show } from "solid-js";
import { childTextRules } from "../src/nomination-limits";
import { EvidenceField, type EvidenceFile } from "./evidence-field";
import {
  charCount,
  checkNomination,
  emptyNomination,
  type NominationField,
  type NominationValues,
  quotaLines,
  requiredFields,
  type UnitQuota,
} from "./nomination-form-state";
import { fill, textFor } from "./text";

/**
 * A CĐCS officer nominates a member's child. Every field is checked here first (all messages at once,
 * beside each field), then eligibility and the rest by the server. One request per submit: the
 * buttons are disabled while one is under way. After a save the form empties for the next child and
 * says which file was saved, with a link to it.
 */
export default function NominatePage(props: WebPluginRouteProps) {
  const t = () => textFor(props.locale);
  const [units] = createResource(() => props.api.get<{ items: { id: string; name: string }[] }>("/my-units"));
  const [values, setValues] = createSignal<NominationValues>(emptyNomination(""));
  const unit = () => values().unitId ?? "";
  // The officer's own unit once known; the parent is never chosen for them.
  createEffect(() => {
    const first = units()?.items[0]?.id;
    if (first && !unit()) setValues({ ...values(), unitId: first });
  });
  // Nothing to fetch until the officer's units are known ("" would ask for /units//members).
  const [members] = createResource(
    () => unit() || false,
    (id) =>
      props.api.get<{ items: { id: string; fullName: string }[] }>(
        `/units/${encodeURIComponent(id)}/members`,
      ),
  );
  const [quotaVersion, setQuotaVersion] = createSignal(0);
  const [quota] = createResource(
    () => (unit() ? ([unit(), quotaVersion()] as const) : false),
    ([id]) =>
      props.api.get<UnitQuota>(`/programmes/${props.params.id}/units/${encodeURIComponent(id)}/quota`),
  );
  const [errors, setErrors] = createSignal<Partial<Record<string, string>>>({});
  const [message, setMessage] = createSignal("");
  const [saved, setSaved] = createSignal<{ id: string; pseudonym: string }>();
  const [evidence, setEvidence] = createSignal<EvidenceFile[]>([]);
  const [busy, setBusy] = createSignal(false);
  const set = (k: NominationField, v: string) => setValues({ ...values(), [k]: v });
  const isRequired = (k: NominationField) => requiredFields.includes(k);
  const fieldId = (k: NominationField) => `sch-${k}`;

  interface Answer {
    id?: string;
    pseudonym?: string;
    eligible?: boolean;
    reasons?: string[];
  }

  async function send(path: string, done: (r: Answer) => void) {
    // A second tap while the first request runs is ignored, whatever the button's state.
    if (busy()) return;
    const { errors: found, body } = checkNomination(
      values(),
      evidence().map((f) => f.key),
      props.locale,
    );
    setErrors(found);
    setMessage("");
    if (!body) {
      const first = requiredFields.find((k) => found[k]) ?? (Object.keys(found)[0] as NominationField);
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setBusy(true);
    try {
      done(await props.api.send("POST", `/programmes/${props.params.id}${path}`, body));
    } catch (error) {
      const err = error as Error & { fields?: { path: string; message: string }[] };
      const byField: Record<string, string> = {};
      for (const f of err.fields ?? []) byField[f.path] ??= f.message;
      setErrors(byField);
      setMessage(err.message);
    } finally {
      setBusy(false);
    }
  }

  function nominate() {
    setSaved(undefined);
    return send("/nominations", (r) => {
      setSaved({ id: r.id ?? "", pseudonym: r.pseudonym ?? "" });
      setValues(emptyNomination(unit()));
      setEvidence([]);
      setQuotaVersion(quotaVersion() + 1);
    });
  }

  const field = (k: NominationField, label: string, input: JSX.Element, hint?: () => string) => (
    <div class="field" classList={{ "field--invalid": !!errors()[k] }}>
      <label class="field__label" for={fieldId(k)}>
        {label}
        <Show when={isRequired(k)}>
          <span class="field__required" aria-hidden="true">
            {" "}
            *
          </span>
        </Show>
      </label>
      {input}
      <Show when={hint}>
        <p class="field__hint" id={`${fieldId(k)}-hint`} aria-live="polite">
          {hint!()}
        </p>
      </Show>
      <Show when={errors()[k]}>
        <p class="field__error" id={`${fieldId(k)}-error`}>
          {errors()[k]}
        </p>
      </Show>
    </div>
  );
  const described = (k: NominationField, hint = false) =>
    [hint ? `${fieldId(k)}-hint` : "", errors()[k] ? `${fieldId(k)}-error` : ""].filter(Boolean).join(" ") ||
    undefined;
  const text = (k: NominationField, label: string, mode?: "numeric" | "decimal") =>
    field(
      k,
      label,
      <input
        id={fieldId(k)}
        class="input"
        inputmode={mode}
        aria-required={isRequired(k) || undefined}
        aria-invalid={!!errors()[k] || undefined}
        aria-describedby={described(k)}
        value={values()[k] ?? ""}
        onInput={(e) => set(k, e.currentTarget.value)}
      />,
    );
  const longText = (k: "child.achievements" | "child.hardship", label: string) => {
    const max = childTextRules[k === "child.achievements" ? "achievements" : "hardship"].max;
    return field(
      k,
      label,
      <textarea
        id={fieldId(k)}
        class="input"
        maxlength={max}
        aria-invalid={!!errors()[k] || undefined}
        aria-describedby={described(k, true)}
        value={values()[k] ?? ""}
        onInput={(e) => set(k, e.currentTarget.value)}
      />,
      () => charCount(values()[k] ?? "", max, props.locale),
    );
  };
  const select = (
    k: NominationField,
    label: string,
    options: () => [string, string][],
    placeholder?: string,
  ) =>
    field(
      k,
      label,
      <select
        id={fieldId(k)}
        class="input"
        aria-required={isRequired(k) || undefined}
        aria-invalid={!!errors()[k] || undefined}
        aria-describedby={described(k)}
        onChange={(e) => {
          if (k === "unitId") {
            // Evidence was kept for the unit it was uploaded for; the parent belongs to the unit.
            setValues({ ...values(), unitId: e.currentTarget.value, memberId: "" });
            setEvidence([]);
          } else set(k, e.currentTarget.value);
        }}
      >
        <Show when={placeholder}>
          <option value="" selected={!values()[k]}>
            {placeholder}
          </option>
        </Show>
        <For each={options()}>
          {([value, name]) => (
            <option value={value} selected={value === values()[k]}>
              {name}
            </option>
          )}
        </For>
      </select>,
    );

  return (
    <section class="page">
      <h1>{t().nominate}</h1>
      {/* The quota line is a help: if it cannot be read, the form still works without it. */}
      <Show when={!quota.error && quota()}>
        {(q) => {
          const lines = () => quotaLines(q(), props.locale);
          return (
            <>
              <p class="muted">{lines().line}</p>
              <Show when={lines().overQuota ?? lines().atQuota}>
                <p class="warning" role="note">
                  {lines().overQuota ?? lines().atQuota}
                </p>
              </Show>
            </>
          );
        }}
      </Show>
      <p class="muted">{t().requiredNote}</p>
      <form
        class="form"
        novalidate
        aria-busy={busy()}
        onSubmit={(e) => {
          e.preventDefault();
          void nominate();
        }}
      >
        {select("unitId", t().unit, () => (units()?.items ?? []).map((u) => [u.id, u.name]))}
        {select(
          "memberId",
          t().parent,
          () => (members()?.items ?? []).map((m) => [m.id, m.fullName]),
          t().chooseParent,
        )}
        <Show when={members() && members()!.items.length === 0}>
          <p class="field__hint">{t().noMembers}</p>
        </Show>
        {select("category", t().category, () => Object.entries(t().categories))}
        {text("child.fullName", t().childName)}
        {text("child.dateOfBirth", t().dateOfBirth, "numeric")}
        {text("child.school", t().school)}
        {text("child.grade", t().grade)}
        {select("child.schoolLevel", t().schoolLevel, () => Object.entries(t().levels))}
        {text("child.average", t().average, "decimal")}
        {longText("child.achievements", t().achievements)}
        {longText("child.hardship", t().hardship)}
        <EvidenceField
          api={props.api}
          programmeId={props.params.id ?? ""}
          unitId={unit()}
          locale={props.locale}
          files={evidence()}
          onChange={setEvidence}
        />
        <div class="button-row">
          <button
            type="button"
            class="button button--secondary"
            disabled={busy()}
            onClick={() =>
              send("/nominations/screen", (r) =>
                setMessage(r.eligible ? t().eligible : (r.reasons ?? []).join(" ")),
              )
            }
          >
            {t().check}
          </button>
          <button type="submit" class="button" disabled={busy()}>
            {busy() ? t().sending : t().submit}
          </button>
        </div>
        <Show when={message()}>
          <p role="status" class="notice">
            {message()}
          </p>
        </Show>
      </form>
      <Show when={saved()}>
        {(s) => (
          <div role="status" class="notice notice--success">
            <p>{fill(t().nominatedOk, { code: s().pseudonym })}</p>
            <p>
              <a
                href={`/t/${props.tenant}/m/scholarships/programmes/${props.params.id}/nominations/${s().id}`}
              >
                {fill(t().openSaved, { code: s().pseudonym })}
              </a>
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
