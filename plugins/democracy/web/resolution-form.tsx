import { createSignal, Index, Show } from "solid-js";
import type { SectionProps } from "./conference-parts";
import { LabelledField } from "./form-support";
import { t } from "./i18n";
import type { ConferenceView } from "./types";

type Target = { id: string; title: string; target: string };
type Opinion = { topic: string; answer?: string };

/** Resolution (nghị quyết) with its targets, and the opinions raised with their answers. */
export function ResolutionForm(props: SectionProps) {
  const L = () => props.locale;
  const [targets, setTargets] = createSignal<Target[]>(
    props.conf.resolution?.targets.map((x) => ({ ...x })) ?? [],
  );
  const [opinions, setOpinions] = createSignal<Opinion[]>((props.conf.opinions ?? []).map((o) => ({ ...o })));
  const [summary, setSummary] = createSignal(props.conf.resolution?.summary ?? "");

  const editTarget = (i: number, change: Partial<Target>) =>
    setTargets(targets().map((x, j) => (j === i ? { ...x, ...change } : x)));
  const editOpinion = (i: number, change: Partial<Opinion>) =>
    setOpinions(opinions().map((x, j) => (j === i ? { ...x, ...change } : x)));
  function addTarget() {
    const used = new Set(targets().map((x) => x.id));
    let n = targets().length + 1;
    while (used.has(`ct-${n}`)) n++;
    setTargets([...targets(), { id: `ct-${n}`, title: "", target: "" }]);
  }

  function save(e: SubmitEvent) {
    e.preventDefault();
    const answered = opinions().map((o) => ({
      topic: o.topic,
      ...(o.answer?.trim() ? { answer: o.answer.trim() } : {}),
    }));
    void props.run(() =>
      props.api.send<ConferenceView>("PATCH", props.base, {
        version: props.conf.version,
        resolution: { summary: summary(), targets: targets() },
        opinions: answered,
      }),
    );
  }

  return (
    <form class="form card" onSubmit={save} novalidate>
      <h2>{t(L(), "resolution")}</h2>
      <LabelledField label={t(L(), "summary")} error={props.errorAt("resolution.summary")}>
        <textarea
          class="input"
          rows="4"
          value={summary()}
          onInput={(e) => setSummary(e.currentTarget.value)}
        />
      </LabelledField>
      <fieldset class="fieldset">
        <legend>{t(L(), "targets")}</legend>
        <Index each={targets()}>
          {(x, i) => (
            <div class="form-grid">
              <LabelledField
                label={`${t(L(), "targets")} ${i + 1}`}
                error={props.errorAt(`resolution.targets.${i}.title`)}
              >
                <input
                  class="input"
                  value={x().title}
                  onInput={(e) => editTarget(i, { title: e.currentTarget.value })}
                />
              </LabelledField>
              <LabelledField label={t(L(), "target")} error={props.errorAt(`resolution.targets.${i}.target`)}>
                <input
                  class="input"
                  value={x().target}
                  onInput={(e) => editTarget(i, { target: e.currentTarget.value })}
                />
              </LabelledField>
              <button
                type="button"
                class="button button--link button--danger-text"
                onClick={() => setTargets(targets().filter((_, j) => j !== i))}
              >
                {t(L(), "remove")}
              </button>
            </div>
          )}
        </Index>
        {props.err("resolution.targets")}
        <button type="button" class="button button--secondary" onClick={addTarget}>
          {t(L(), "addTarget")}
        </button>
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t(L(), "opinions")}</legend>
        <Index each={opinions()}>
          {(o, i) => (
            <div class="form-grid">
              <LabelledField
                label={`${t(L(), "topic")} ${i + 1}`}
                error={props.errorAt(`opinions.${i}.topic`)}
              >
                <textarea
                  class="input"
                  rows="2"
                  value={o().topic}
                  onInput={(e) => editOpinion(i, { topic: e.currentTarget.value })}
                />
              </LabelledField>
              <LabelledField label={t(L(), "answer")} error={props.errorAt(`opinions.${i}.answer`)}>
                <textarea
                  class="input"
                  rows="2"
                  value={o().answer ?? ""}
                  onInput={(e) => editOpinion(i, { answer: e.currentTarget.value })}
                />
              </LabelledField>
              <button
                type="button"
                class="button button--link button--danger-text"
                onClick={() => setOpinions(opinions().filter((_, j) => j !== i))}
              >
                {t(L(), "remove")}
              </button>
            </div>
          )}
        </Index>
        <Show when={opinions().length === 0}>
          <p class="muted">—</p>
        </Show>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => setOpinions([...opinions(), { topic: "", answer: "" }])}
        >
          {t(L(), "addOpinion")}
        </button>
      </fieldset>
      <button class="button" type="submit">
        {t(L(), "saveResolution")}
      </button>
    </form>
  );
}
