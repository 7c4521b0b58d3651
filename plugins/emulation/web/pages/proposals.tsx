import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { type AwardLevelId, awardForms, awardLevels } from "../../src/labels";
import type { AwardLine, Movement, Proposal, ProposalStep } from "../../src/model";
import { readSchoolYearText } from "../../src/school-year-text";
import { currentSchoolYear, date, year } from "../format";
import { type T, translator } from "../i18n";
import { base, type Errors, errorsOf, Failure, Field, FormError, Header, Loading } from "../ui";
import { blankLine, checkLines, type LineDraft, linesBody, NomineeLines } from "./nominee-lines";

type Item = Omit<Proposal, "trail"> & {
  version: number;
  proposedByUnitName: string;
  holderUnitName?: string;
  decidingUnitName?: string;
  /** The caller acts as the unit holding it (it may reject it, and accept or forward as below). */
  canDecide: boolean;
  canAccept?: boolean;
  canForward?: boolean;
  forwardToUnitName?: string;
  trail?: (ProposalStep & { unitName: string; toUnitName?: string })[];
  lines: (AwardLine & { unitName: string })[];
};
type Unit = { id: string; name: string; kind: string };

/**
 * Award proposals: a unit proposes to the level above; each level holding it forwards it up (with
 * its comment and the award level asked for) or rejects it; the level asked for accepts it.
 */
export default function ProposalsPage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  const [items, setItems] = createSignal<Item[]>([]);
  const [cursor, setCursor] = createSignal<string | undefined>();
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<unknown>();
  const [onlyMine, setOnlyMine] = createSignal(false);
  // Ticking the filter while a page is on its way: only the latest request's answer is shown.
  let latest = 0;
  const load = async (more = false) => {
    const request = ++latest;
    setLoading(true);
    try {
      // "Only those waiting for me" is filtered by the server, so every page it sends is full.
      const query = new URLSearchParams();
      if (onlyMine()) query.set("waitingForMe", "true");
      if (more && cursor()) query.set("cursor", cursor()!);
      const page = await props.api.get<{ items: Item[]; cursor?: string }>(
        `/proposals${query.toString() ? `?${query}` : ""}`,
      );
      if (request !== latest) return;
      setItems((xs) => (more ? [...xs, ...page.items] : page.items));
      setCursor(page.cursor);
    } catch (e) {
      if (request === latest) setError(e);
    } finally {
      if (request === latest) setLoading(false);
    }
  };
  void load();
  const [proposers] = createResource(() =>
    props.api.get<{ items: Unit[] }>("/me/units?permission=emulation.propose"),
  );
  return (
    <>
      <Header
        title={t("prop.title")}
        lead={t("prop.lead")}
        back={base(props.tenant)}
        backLabel={t("common.back")}
      />
      <Show when={(proposers()?.items.length ?? 0) > 0}>
        <ProposalForm {...props} t={t} units={proposers()?.items ?? []} onSaved={() => void load()} />
      </Show>
      <h2>{t("prop.list")}</h2>
      <div class="field field--check">
        <input
          id="em-p-mine"
          type="checkbox"
          class="checkbox"
          checked={onlyMine()}
          onChange={(e) => {
            setOnlyMine(e.currentTarget.checked);
            void load();
          }}
        />
        <label for="em-p-mine">{t("prop.onlyMine")}</label>
      </div>
      <Show when={!error()} fallback={<Failure error={error()} />}>
        <Show when={items().length > 0 || loading()} fallback={<p class="status">{t("prop.empty")}</p>}>
          <ul class="record-list">
            <For each={items()}>
              {(p) => <ProposalItem {...props} t={t} item={p} onSaved={() => void load()} />}
            </For>
          </ul>
        </Show>
        <Show when={loading()}>
          <Loading label={t("common.loading")} />
        </Show>
        <Show when={cursor() && !loading()}>
          <button type="button" class="button button--secondary load-more" onClick={() => void load(true)}>
            {t("common.more")}
          </button>
        </Show>
      </Show>
    </>
  );
}

function ProposalItem(props: WebPluginRouteProps & { t: T; item: Item; onSaved: () => void }) {
  const t = props.t;
  const p = () => props.item;
  const [comment, setComment] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>();
  const decide = async (approve: boolean) => {
    if (!approve && comment().trim().length < 3)
      return setErrors({ message: t("form.fix"), fields: { comment: t("prop.reasonRequired") } });
    setErrors(undefined);
    try {
      await props.api.send("POST", `/proposals/${p().id}/decide`, {
        expectedVersion: p().version,
        approve,
        ...(comment().trim() ? { comment: comment().trim() } : {}),
      });
      props.onSaved();
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };
  const who = (l: Item["lines"][number]) =>
    l.recipient === "collective" ? l.unitName : `${l.fullName ?? ""} (${l.unitName})`;
  return (
    <li class="record">
      <div class="record__head">
        <p class="record__title">
          {p().proposedByUnitName} → {awardLevels[p().toLevel]?.[props.locale] ?? p().toLevel}
        </p>
        <span
          class="badge"
          classList={{ "badge--warn": p().status === "rejected", "badge--muted": p().status === "submitted" }}
        >
          {t(`pstatus.${p().status}`)}
        </span>
      </div>
      <p class="record__meta">
        {year(p().schoolYear)} · {p().lines.length} {t("prop.lines")}
        <Show when={p().status === "submitted" && p().holderUnitName}>
          {" "}
          · {t("prop.holder")}: {p().holderUnitName}
        </Show>
      </p>
      <ul>
        <For each={p().lines}>
          {(l) => (
            <li>
              {who(l)}: {awardForms[l.form]?.[props.locale] ?? l.form}
              {l.title ? ` “${l.title}”` : ""}
            </li>
          )}
        </For>
      </ul>
      <Show when={p().reason}>
        <p class="record__meta">
          {t("prop.reason")}: {p().reason}
        </p>
      </Show>
      <Show
        when={(p().trail?.length ?? 0) > 0}
        fallback={
          <Show when={p().review}>
            {(r) => (
              <p class="record__meta">
                {t("prop.reviewed")} {date(r().at)}
                {r().comment ? `: ${r().comment}` : ""}
              </p>
            )}
          </Show>
        }
      >
        <p class="record__meta">{t("prop.trail")}:</p>
        <ol class="record__meta">
          <For each={p().trail}>
            {(step) => (
              <li>
                {date(step.at)} — {step.unitName} {t(`step.${step.action}`)}
                {step.toUnitName ? ` ${step.toUnitName}` : ""}
                {step.toLevel && step.action === "forwarded"
                  ? ` (${awardLevels[step.toLevel]?.[props.locale] ?? step.toLevel})`
                  : ""}
                {step.addedLines ? `, ${t("prop.added")} ${step.addedLines} ${t("prop.lines")}` : ""}
                {step.comment ? `: “${step.comment}”` : ""}
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={p().canForward}>
        <ForwardForm {...props} item={p()} />
      </Show>
      <Show when={p().canDecide}>
        <Show when={!p().canAccept}>
          <p class="field__hint">{t("prop.notDeciding")}</p>
        </Show>
        <Field id={`em-p-comment-${p().id}`} label={t("prop.comment")} error={errors()?.fields.comment}>
          <input
            id={`em-p-comment-${p().id}`}
            class="input"
            value={comment()}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
        </Field>
        <Show when={errors() && !errors()?.fields.comment}>
          <FormError errors={errors()} conflictText={t("form.conflict")} reloadText={t("form.reload")} />
        </Show>
        <div class="button-row button-row--compact">
          <Show when={p().canAccept}>
            <button type="button" class="button" onClick={() => void decide(true)}>
              {t("prop.accept")}
            </button>
          </Show>
          <button type="button" class="button button--danger" onClick={() => void decide(false)}>
            {t("prop.reject")}
          </button>
        </div>
      </Show>
    </li>
  );
}

/** The holding unit sends the proposal to the level above with its comment and the award level asked for. */
function ForwardForm(props: WebPluginRouteProps & { t: T; item: Item; onSaved: () => void }) {
  const t = props.t;
  const id = () => props.item.id;
  const [level, setLevel] = createSignal<AwardLevelId>(props.item.toLevel);
  const [comment, setComment] = createSignal("");
  /** Nominees of the forwarding unit's own subtree, added to the proposal (optional). */
  const holder = () => props.item.holderUnitId ?? "";
  const [lines, setLines] = createSignal<LineDraft[]>([]);
  const [units] = createResource(
    () => (lines().length > 0 ? holder() : undefined),
    (id) =>
      props.api.get<{ items: Unit[] }>(
        `/me/units?permission=emulation.award&within=${encodeURIComponent(id)}`,
      ),
  );
  const setLine = (i: number, patch: Partial<LineDraft>) =>
    setLines((xs) => xs.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const [errors, setErrors] = createSignal<Errors>();
  const [busy, setBusy] = createSignal(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (comment().trim().length < 3) fields.comment = t("prop.forwardCommentRequired");
    checkLines(lines(), t, fields);
    if (Object.keys(fields).length) return setErrors({ message: t("form.fix"), fields });
    setErrors(undefined);
    setBusy(true);
    try {
      await props.api.send("POST", `/proposals/${id()}/forward`, {
        expectedVersion: props.item.version,
        comment: comment().trim(),
        toLevel: level(),
        ...(lines().length ? { lines: linesBody(lines(), holder()) } : {}),
      });
      props.onSaved();
    } catch (error) {
      setErrors(errorsOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form fieldset" onSubmit={submit} novalidate aria-label={t("prop.forwardTitle")}>
      <p class="record__meta">
        {t("prop.forwardTo")}: <strong>{props.item.forwardToUnitName}</strong>
      </p>
      <Field id={`em-pf-level-${id()}`} label={t("prop.forwardLevel")}>
        <select
          id={`em-pf-level-${id()}`}
          class="input"
          value={level()}
          onChange={(e) => setLevel(e.currentTarget.value as AwardLevelId)}
        >
          <For each={Object.entries(awardLevels)}>
            {([k, v]) => <option value={k}>{v[props.locale]}</option>}
          </For>
        </select>
      </Field>
      <Field id={`em-pf-comment-${id()}`} label={t("prop.forwardComment")} error={errors()?.fields.comment}>
        <textarea
          id={`em-pf-comment-${id()}`}
          class="input"
          rows={2}
          value={comment()}
          onInput={(e) => setComment(e.currentTarget.value)}
        />
      </Field>
      <NomineeLines
        t={t}
        locale={props.locale}
        idPrefix={`em-pfl-${id()}`}
        lines={lines()}
        units={units()?.items ?? []}
        fallbackUnitId={holder()}
        minLines={0}
        err={(path) => errors()?.fields[path]}
        setLine={setLine}
        remove={(i) => setLines((xs) => xs.filter((_, k) => k !== i))}
      />
      <button
        type="button"
        class="button button--secondary"
        onClick={() => setLines((xs) => [...xs, blankLine(holder())])}
      >
        {t("prop.addOwnLine")}
      </button>
      <Show when={errors() && !errors()?.fields.comment}>
        <FormError errors={errors()} conflictText={t("form.conflict")} reloadText={t("form.reload")} />
      </Show>
      <button type="submit" class="button" disabled={busy()}>
        {t("prop.forward")}
      </button>
    </form>
  );
}

function ProposalForm(props: WebPluginRouteProps & { t: T; units: Unit[]; onSaved: () => void }) {
  const t = props.t;
  const [movements] = createResource(() => props.api.get<{ items: Movement[] }>("/movements"));
  const [unitId, setUnitId] = createSignal(props.units[0]?.id ?? "");
  /** Nominees come from the proposing unit's subtree. */
  const [nominees] = createResource(unitId, (id) =>
    props.api.get<{ items: Unit[] }>(
      `/me/units?permission=emulation.propose&within=${encodeURIComponent(id)}`,
    ),
  );
  const [schoolYear, setSchoolYear] = createSignal(currentSchoolYear());
  const [toLevel, setToLevel] = createSignal<AwardLevelId>("ldld-huyen");
  const [movementId, setMovementId] = createSignal("");
  const [reason, setReason] = createSignal("");
  const blank = (): LineDraft => blankLine(unitId());
  const [lines, setLines] = createSignal<LineDraft[]>([blank()]);
  const [errors, setErrors] = createSignal<Errors>();
  const [done, setDone] = createSignal("");
  const err = (path: string) => errors()?.fields[path];
  const setLine = (i: number, patch: Partial<LineDraft>) =>
    setLines((xs) => xs.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone("");
    const fields: Record<string, string> = {};
    // "2022–2023" as the pages show it is read as well as "2022-2023".
    const typedYear = readSchoolYearText(schoolYear());
    if (!typedYear) fields.schoolYear = t("prop.yearFormat");
    checkLines(lines(), t, fields);
    if (Object.keys(fields).length) return setErrors({ message: t("form.fix"), fields });
    setErrors(undefined);
    try {
      await props.api.send("POST", "/proposals", {
        schoolYear: typedYear,
        proposedByUnitId: unitId(),
        toLevel: toLevel(),
        ...(movementId() ? { movementId: movementId() } : {}),
        ...(reason().trim() ? { reason: reason().trim() } : {}),
        lines: linesBody(lines(), unitId()),
      });
      setLines([blank()]);
      setReason("");
      setDone(t("prop.sent"));
      props.onSaved();
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };
  return (
    <form class="form fieldset" onSubmit={submit} novalidate>
      <h2>{t("prop.new")}</h2>
      <Field id="em-p-unit" label={t("prop.unit")} error={err("proposedByUnitId")}>
        <select
          id="em-p-unit"
          class="input"
          value={unitId()}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setLines((xs) => xs.map((l) => ({ ...l, unitId: next })));
            setUnitId(next);
          }}
        >
          <For each={props.units}>{(u) => <option value={u.id}>{u.name}</option>}</For>
        </select>
      </Field>
      <div class="form-grid">
        <Field id="em-p-year" label={t("init.year")} error={err("schoolYear")}>
          <input
            id="em-p-year"
            class="input"
            value={schoolYear()}
            onInput={(e) => setSchoolYear(e.currentTarget.value)}
          />
        </Field>
        <Field id="em-p-level" label={t("prop.toLevel")} error={err("toLevel")}>
          <select
            id="em-p-level"
            class="input"
            value={toLevel()}
            onChange={(e) => setToLevel(e.currentTarget.value as AwardLevelId)}
          >
            <For each={Object.entries(awardLevels)}>
              {([k, v]) => <option value={k}>{v[props.locale]}</option>}
            </For>
          </select>
        </Field>
      </div>
      <Field
        id="em-p-movement"
        label={t("prop.movement")}
        error={err("movementId")}
        hint={t("prop.movementHint")}
      >
        <select
          id="em-p-movement"
          class="input"
          value={movementId()}
          onChange={(e) => setMovementId(e.currentTarget.value)}
        >
          <option value="">{t("prop.noMovement")}</option>
          <For each={movements()?.items ?? []}>{(m) => <option value={m.id}>{m.name}</option>}</For>
        </select>
      </Field>
      <Field id="em-p-reason" label={t("prop.reason")} error={err("reason")}>
        <textarea
          id="em-p-reason"
          class="input"
          rows={2}
          value={reason()}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </Field>
      <Show when={err("lines")}>
        <p class="field__error">{err("lines")}</p>
      </Show>
      <NomineeLines
        t={t}
        locale={props.locale}
        idPrefix="em-pl"
        lines={lines()}
        units={nominees()?.items ?? props.units.filter((u) => u.id === unitId())}
        fallbackUnitId={unitId()}
        minLines={1}
        err={err}
        setLine={setLine}
        remove={(i) => setLines((xs) => xs.filter((_, k) => k !== i))}
      />
      <button
        type="button"
        class="button button--secondary"
        onClick={() => setLines((xs) => [...xs, blank()])}
      >
        {t("prop.addLine")}
      </button>
      <FormError errors={errors()} conflictText={t("form.conflict")} reloadText={t("form.reload")} />
      <Show when={done()}>
        <p class="notice notice--success" role="status">
          {done()}
        </p>
      </Show>
      <button type="submit" class="button">
        {t("prop.submit")}
      </button>
    </form>
  );
}
