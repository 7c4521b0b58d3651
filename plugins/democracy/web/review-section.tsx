import { createSignal, For, Show } from "solid-js";
import type { SectionProps } from "./conference-parts";
import { LabelledField } from "./form-support";
import { dateTimeVi, t } from "./i18n";
import type { ConferenceView, FollowUpView } from "./types";

type Status = FollowUpView["results"][number]["status"];
const statuses: { value: Status; key: "achieved" | "inProgress" | "notAchieved" }[] = [
  { value: "achieved", key: "achieved" },
  { value: "in-progress", key: "inProgress" },
  { value: "not-achieved", key: "notAchieved" },
];

/** Reviewer's actions: reopen a locked conference with a reason; mid-year / year-end follow-ups. */
export function ReviewSection(props: SectionProps) {
  const L = () => props.locale;
  const targets = () => props.conf.resolution?.targets ?? [];
  const [reasonError, setReasonError] = createSignal("");

  function reopen(e: SubmitEvent) {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget as HTMLFormElement).get("reason") ?? "").trim();
    if (reason.length < 10) return setReasonError(t(L(), "required"));
    setReasonError("");
    void props.run(() =>
      props.api.send<ConferenceView>("POST", `${props.base}/reopen`, { version: props.conf.version, reason }),
    );
  }

  function followUp(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const comment = String(f.get("comment") ?? "").trim();
    void props.run(() =>
      props.api.send<ConferenceView>("POST", `${props.base}/follow-ups`, {
        version: props.conf.version,
        stage: f.get("stage"),
        results: targets().map((x) => {
          const note = String(f.get(`note-${x.id}`) ?? "").trim();
          return { targetId: x.id, status: f.get(`status-${x.id}`), ...(note ? { note } : {}) };
        }),
        ...(comment ? { comment } : {}),
      }),
    );
  }

  const done = (label: string, check: FollowUpView | undefined) => (
    <Show when={check}>
      {(c) => (
        <div class="record">
          <p class="record__title">
            {label} · {t(L(), "checkedOn", { d: dateTimeVi(c().checkedAt), by: c().checkedBy })}
          </p>
          <ul>
            <For each={c().results}>
              {(r) => (
                <li>
                  {targets().find((x) => x.id === r.targetId)?.title ?? r.targetId}:{" "}
                  {t(L(), statuses.find((s) => s.value === r.status)?.key ?? "achieved")}
                  {r.note ? ` — ${r.note}` : ""}
                </li>
              )}
            </For>
          </ul>
          <Show when={c().comment}>
            <p class="muted">{c().comment}</p>
          </Show>
        </div>
      )}
    </Show>
  );

  return (
    <>
      <Show when={props.conf.status === "closed"}>
        <form class="form card" onSubmit={reopen} novalidate>
          <h2>{t(L(), "reopen")}</h2>
          <label class={reasonError() || props.cls("reason") !== "field" ? "field field--invalid" : "field"}>
            <span class="field__label">{t(L(), "reason")}</span>
            <textarea class="input" name="reason" rows="3" />
            <Show when={reasonError()}>
              <span class="field__error">{reasonError()}</span>
            </Show>
            {props.err("reason")}
          </label>
          <button class="button button--secondary" type="submit">
            {t(L(), "reopen")}
          </button>
        </form>
      </Show>
      <section class="card">
        <h2>{t(L(), "followUps")}</h2>
        {done(t(L(), "midYear"), props.conf.followUps?.midYear)}
        {done(t(L(), "yearEnd"), props.conf.followUps?.yearEnd)}
        <Show when={targets().length > 0} fallback={<p class="muted">{t(L(), "noTargets")}</p>}>
          <form class="form" onSubmit={followUp} novalidate>
            <LabelledField label={t(L(), "stage")} error={props.errorAt("stage")}>
              <select class="input" name="stage">
                <option value="mid-year">{t(L(), "midYear")}</option>
                <option value="year-end">{t(L(), "yearEnd")}</option>
              </select>
            </LabelledField>
            <For each={targets()}>
              {(x, i) => (
                <fieldset class="fieldset">
                  <legend>
                    {x.title} — {x.target}
                  </legend>
                  <select class="input" name={`status-${x.id}`} aria-label={x.title}>
                    <For each={statuses}>{(s) => <option value={s.value}>{t(L(), s.key)}</option>}</For>
                  </select>
                  <LabelledField label={t(L(), "comment")} error={props.errorAt(`results.${i()}.note`)}>
                    <input class="input" name={`note-${x.id}`} />
                  </LabelledField>
                </fieldset>
              )}
            </For>
            <LabelledField label={t(L(), "comment")} error={props.errorAt("comment")}>
              <textarea class="input" name="comment" rows="2" />
            </LabelledField>
            {props.err("results")}
            <button class="button" type="submit">
              {t(L(), "saveFollowUp")}
            </button>
          </form>
        </Show>
      </section>
    </>
  );
}
