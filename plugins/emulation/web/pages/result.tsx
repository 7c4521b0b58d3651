import { uploadDirect, type WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import type { Criterion, Movement, Result } from "../../src/model";
import { inputNumber, num, year } from "../format";
import { type T, translator } from "../i18n";
import { base, errorsOf, Failure, Field, Header, Loading, parseNumber } from "../ui";

type R = Result & { version: number };
type M = Movement & { version: number };
type Draft = Record<string, { value: string; base: string; note: string }>;

/** A unit's figures for one school year: the officer fills and submits; the reviewer accepts or returns. */
export default function ResultPage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  const p = props.params;
  const [movement] = createResource(() => props.api.get<M>(`/movements/${p.id}`));
  const [unit] = createResource(async () => {
    try {
      return await props.api.get<{ name: string }>(`/units/${p.unitId}`);
    } catch {
      return undefined;
    }
  });
  const [result, { mutate }] = createResource(async () => {
    try {
      return await props.api.get<R>(`/movements/${p.id}/results/${p.schoolYear}/${p.unitId}`);
    } catch {
      return undefined;
    }
  });
  return (
    <Show
      when={!movement.loading && !result.loading && !unit.loading}
      fallback={<Loading label={t("common.loading")} />}
    >
      <Show when={movement()} fallback={<Failure error={movement.error} />}>
        {(m) => (
          <ResultForm
            {...props}
            t={t}
            movement={m()}
            result={result()}
            unitName={unit()?.name ?? p.unitId ?? ""}
            onSaved={(r) => mutate(r)}
          />
        )}
      </Show>
    </Show>
  );
}

function ResultForm(
  props: WebPluginRouteProps & {
    t: T;
    movement: M;
    result: R | undefined;
    unitName: string;
    onSaved: (r: R) => void;
  },
) {
  const t = props.t;
  const p = props.params;
  const path = `/movements/${p.id}/results/${p.schoolYear}/${p.unitId}`;
  const initial: Draft = {};
  for (const c of props.movement.criteria) {
    const f = props.result?.figures[c.id];
    initial[c.id] = {
      value: inputNumber(f?.value, props.locale),
      base: inputNumber(f?.base, props.locale),
      note: f?.evidence?.note ?? "",
    };
  }
  const [draft, setDraft] = createSignal<Draft>(initial);
  const [errors, setErrors] = createSignal<{ message: string; fields: Record<string, string> }>();
  const [notice, setNotice] = createSignal("");
  const [comment, setComment] = createSignal("");
  const current = () => props.result;
  const editable = () => !current() || current()?.status === "draft" || current()?.status === "returned";
  const canReport = () => props.permissions.includes("emulation.report");
  const canReview = () => props.permissions.includes("emulation.review") && current()?.status === "submitted";

  const set = (id: string, key: "value" | "base" | "note", v: string) =>
    setDraft((d) => ({ ...d, [id]: { ...d[id]!, [key]: v } }));
  const parse = (s: string) => parseNumber(s, props.locale) ?? Number.NaN;

  const run = async (work: () => Promise<R>, done: string) => {
    setErrors(undefined);
    setNotice("");
    try {
      props.onSaved(await work());
      setNotice(done);
    } catch (e) {
      setErrors(errorsOf(e));
    }
  };

  const save = () =>
    run(() => {
      const figures: Record<string, { value: number; base?: number; note?: string }> = {};
      for (const c of props.movement.criteria) {
        const d = draft()[c.id]!;
        if (d.value.trim() === "") continue;
        figures[c.id] = {
          value: parse(d.value),
          ...(d.base.trim() ? { base: parse(d.base) } : {}),
          ...(d.note.trim() ? { note: d.note.trim() } : {}),
        };
      }
      return props.api.send<R>("PUT", path, {
        ...(current() ? { expectedVersion: current()!.version } : {}),
        figures,
      });
    }, t("result.saved"));

  const upload = (c: Criterion, file: File | undefined) =>
    file &&
    run(async () => {
      if (!current()) throw new Error(t("result.save"));
      // The file goes straight to storage; the API then keeps it with the result.
      const uploaded = await uploadDirect(props.api, `${path}/evidence/upload-form`, file, props.locale);
      return props.api.send<R>("POST", `${path}/evidence`, {
        expectedVersion: current()!.version,
        criterionId: c.id,
        ...uploaded,
      });
    }, t("result.saved"));

  const act = (action: "submit" | "accept" | "return") =>
    run(
      () =>
        props.api.send<R>("POST", `${path}/${action}`, {
          expectedVersion: current()!.version,
          ...(comment() ? { comment: comment() } : {}),
        }),
      t(`status.${action === "submit" ? "submitted" : action === "accept" ? "accepted" : "returned"}`),
    );

  const fieldError = (id: string) => errors()?.fields[`figures.${id}.value`];

  return (
    <>
      <Header
        title={props.movement.name}
        lead={`${year(p.schoolYear ?? "")} · ${props.unitName}`}
        back={`${base(props.tenant)}/phong-trao/${p.id}`}
        backLabel={t("common.back")}
      />
      <Show when={current()}>
        {(r) => (
          <dl class="counts">
            <div class="counts__item" classList={{ "counts__item--bad": r().status === "returned" }}>
              <dt>{t("result.status")}</dt>
              <dd>{t(`status.${r().status}`)}</dd>
            </div>
            <Show when={r().status === "accepted" && r().classification}>
              {(c) => (
                <div class="counts__item">
                  <dt>{t("ranking.class")}</dt>
                  <dd>{t(`class.${c()}`)}</dd>
                </div>
              )}
            </Show>
            <Show when={r().score !== undefined}>
              <div class="counts__item">
                <dt>{t("result.score")}</dt>
                <dd>{num(r().score, props.locale)}</dd>
              </div>
            </Show>
          </dl>
        )}
      </Show>
      <Show when={current()?.review?.comment}>
        <p class="warning">
          {t("result.comment")}: {current()?.review?.comment}
        </p>
      </Show>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <For each={props.movement.criteria}>
          {(c) => (
            <fieldset class="fieldset">
              <legend>{c.name}</legend>
              <p class="field__hint">
                {t(`measure.${c.measure}`)} · {t("movement.weight")} {num(c.weight, props.locale)} ·{" "}
                {t("movement.maxScore")} {num(c.maxScore, props.locale)}
              </p>
              <Show
                when={c.measure === "yes-no"}
                fallback={
                  <Field id={`em-v-${c.id}`} label={t("result.value")} error={fieldError(c.id)}>
                    <input
                      id={`em-v-${c.id}`}
                      class="input"
                      inputmode="decimal"
                      disabled={!editable() || !canReport()}
                      value={draft()[c.id]?.value}
                      onInput={(e) => set(c.id, "value", e.currentTarget.value)}
                    />
                  </Field>
                }
              >
                <Field id={`em-v-${c.id}`} label={t("result.value")} error={fieldError(c.id)}>
                  <select
                    id={`em-v-${c.id}`}
                    class="input"
                    disabled={!editable() || !canReport()}
                    value={draft()[c.id]?.value}
                    onChange={(e) => set(c.id, "value", e.currentTarget.value)}
                  >
                    <option value="">—</option>
                    <option value="1">{t("result.yes")}</option>
                    <option value="0">{t("result.no")}</option>
                  </select>
                </Field>
              </Show>
              <Show when={c.measure === "percentage"}>
                <Field id={`em-b-${c.id}`} label={t("result.base")} hint={t("result.baseHint")}>
                  <input
                    id={`em-b-${c.id}`}
                    class="input"
                    inputmode="numeric"
                    disabled={!editable() || !canReport()}
                    value={draft()[c.id]?.base}
                    onInput={(e) => set(c.id, "base", e.currentTarget.value)}
                  />
                </Field>
              </Show>
              <Field id={`em-n-${c.id}`} label={t("result.note")}>
                <textarea
                  id={`em-n-${c.id}`}
                  class="input"
                  disabled={!editable() || !canReport()}
                  value={draft()[c.id]?.note}
                  onInput={(e) => set(c.id, "note", e.currentTarget.value)}
                />
              </Field>
              <Show when={current()?.figures[c.id]?.evidence?.file}>
                {(f) => <p class="muted">📎 {f().fileName}</p>}
              </Show>
              <Show when={editable() && canReport() && current()}>
                <Field id={`em-f-${c.id}`} label={t("result.file")}>
                  <input
                    id={`em-f-${c.id}`}
                    type="file"
                    class="input input--file"
                    accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.doc,.xls,.csv"
                    onChange={(e) => void upload(c, e.currentTarget.files?.[0])}
                  />
                </Field>
              </Show>
            </fieldset>
          )}
        </For>
        <Show when={errors()}>
          <p class="form-error" role="alert">
            {errors()?.message}
          </p>
        </Show>
        <Show when={notice()}>
          <p class="notice notice--success" role="status">
            {notice()}
          </p>
        </Show>
        <Show when={editable() && canReport()}>
          <div class="button-row">
            <button type="submit" class="button button--secondary">
              {t("result.save")}
            </button>
            <Show when={current()}>
              <button type="button" class="button" onClick={() => void act("submit")}>
                {t("result.submit")}
              </button>
            </Show>
          </div>
        </Show>
      </form>
      <Show when={canReview()}>
        <div class="fieldset">
          <Field id="em-comment" label={t("result.comment")} error={errors()?.fields.comment}>
            <textarea
              id="em-comment"
              class="input"
              value={comment()}
              onInput={(e) => setComment(e.currentTarget.value)}
            />
          </Field>
          <div class="button-row">
            <button type="button" class="button" onClick={() => void act("accept")}>
              {t("result.accept")}
            </button>
            <button type="button" class="button button--danger" onClick={() => void act("return")}>
              {t("result.return")}
            </button>
          </div>
        </div>
      </Show>
    </>
  );
}
