import { createMemo, createSignal, For, Index, Show } from "solid-js";
import { headcountProblem, MAX_PEOPLE } from "../src/headcount";
import type { SectionProps } from "./conference-parts";
import { LabelledField } from "./form-support";
import { dateVi, num, parseViDate, t } from "./i18n";
import { liveQuorum, type QuorumRules, quorumSentence } from "./quorum";
import type { ConferenceView } from "./types";

interface Row {
  label: string;
  invited: string;
  present: string;
  /** People in the group, when known (delegates' conference only). */
  staff: string;
}
interface Absence {
  name: string;
  category: string;
  reason: string;
}

const DEFAULT_RULES: QuorumRules = { quorumNumerator: 2, quorumDenominator: 3, requireAbsenceReasons: false };
/** A typed number of people; NaN when it is not a whole number within the limit (its field says why). */
const count = (text: string) => (text.trim() !== "" && !headcountProblem(text) ? Number(text) : Number.NaN);

function startRows(conf: ConferenceView, locale: "vi" | "en"): Row[] {
  const a = conf.attendance;
  if (a?.categories?.length)
    return a.categories.map((c) => ({
      label: c.label,
      invited: String(c.invited),
      present: String(c.present),
      staff: c.staff === undefined ? "" : String(c.staff),
    }));
  if (a)
    return [
      { label: t(locale, "everyone"), invited: String(a.invited), present: String(a.present), staff: "" },
    ];
  return ["groupManagers", "groupTeachers", "groupStaff"].map((k) => ({
    label: t(locale, k as "groupManagers"),
    invited: "",
    present: "",
    staff: "",
  }));
}

/**
 * Điểm danh: invited / present per group (delegates elected / present when the conference is through
 * delegates), absent people with their reason, and the quorum computed as the officer types.
 */
export function AttendanceForm(props: SectionProps) {
  const L = () => props.locale;
  const delegates = () => props.conf.preparation.format === "delegates";
  const rules = () => props.conf.rules ?? DEFAULT_RULES;
  const [rows, setRows] = createSignal<Row[]>(startRows(props.conf, props.locale));
  const [absences, setAbsences] = createSignal<Absence[]>(
    (props.conf.attendance?.absences ?? []).map((x) => ({
      name: x.name,
      reason: x.reason,
      category: x.category ?? "",
    })),
  );
  const [local, setLocal] = createSignal<Record<string, string>>({});
  const [electionFrom, setElectionFrom] = createSignal(dateVi(props.conf.attendance?.election?.from));
  const [electionTo, setElectionTo] = createSignal(dateVi(props.conf.attendance?.election?.to));

  const totals = createMemo(() => {
    const filled = rows().filter((r) => r.invited.trim() !== "" || r.present.trim() !== "");
    const invited = filled.reduce((s, r) => s + (count(r.invited) || 0), 0);
    const present = filled.reduce((s, r) => s + (count(r.present) || 0), 0);
    return { invited, present, absent: Math.max(0, invited - present) };
  });
  const quorum = createMemo(() => liveQuorum(totals().invited, totals().present, rules()));
  /** The quorum sentence only from numbers that make sense (no "99.999.999.999/…"). */
  const figuresValid = createMemo(
    () =>
      totals().invited <= MAX_PEOPLE &&
      rows().every((r) => !headcountProblem(r.invited) && !headcountProblem(r.present)),
  );

  /** One typed number's own problem ("whole number", "at most 10.000"), beside that field. */
  const numberProblem = (text: string) => {
    const problem = headcountProblem(text);
    if (problem === "tooMany") return t(L(), "tooManyPeople", { n: num(L(), MAX_PEOPLE) });
    return problem ? t(L(), "wholeNumber") : "";
  };
  /** The "present" field's problem, shown as soon as it is typed. */
  const rowProblem = (r: Row) => {
    const own = numberProblem(r.present);
    if (own) return own;
    const i = count(r.invited);
    const p = count(r.present);
    if (!Number.isNaN(i) && !Number.isNaN(p) && p > i)
      return t(L(), delegates() ? "presentOverElected" : "presentOverInvited");
    return "";
  };
  /** Elected (or invited) cannot exceed the group's staff when it is known. */
  const staffProblem = (r: Row) => {
    if (!delegates() || r.staff.trim() === "") return "";
    const s = count(r.staff);
    if (Number.isNaN(s)) return ""; // shown beside the headcount itself
    const i = count(r.invited);
    return !Number.isNaN(i) && i > s ? t(L(), "electedOverStaff", { n: num(L(), s) }) : "";
  };
  /** The election meetings' dates: both real dd/mm/yyyy dates, in order, not after the conference. */
  function electionProblems(problems: Record<string, string>) {
    if (!delegates()) return;
    const from = parseViDate(electionFrom());
    const to = parseViDate(electionTo() || electionFrom());
    if (!electionFrom().trim()) problems["attendance.election.from"] = t(L(), "electionDateNeeded");
    else if (!from) problems["attendance.election.from"] = t(L(), "badDate");
    if (electionTo().trim() && !parseViDate(electionTo()))
      problems["attendance.election.to"] = t(L(), "badDate");
    else if (from && to && to < from) problems["attendance.election.to"] = t(L(), "electionToBeforeFrom");
    else if (to && to > props.conf.preparation.date)
      problems["attendance.election.to"] = t(L(), "electionAfterConference", {
        date: dateVi(props.conf.preparation.date),
      });
  }
  const err = (path: string) => local()[path] ?? "";
  const cls = (path: string) => (err(path) ? "field field--invalid" : "field");
  const update = <T,>(set: (f: (v: T[]) => T[]) => void, i: number, patch: Partial<T>) =>
    set((list) => list.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  function validate(): Record<string, string> {
    const problems: Record<string, string> = {};
    const used = rows().filter((r) => r.invited.trim() !== "" || r.present.trim() !== "");
    rows().forEach((r, i) => {
      const p = rowProblem(r);
      if (p) problems[`attendance.categories.${i}.present`] = p;
      const st = numberProblem(r.invited) || staffProblem(r);
      if (st) problems[`attendance.categories.${i}.invited`] = st;
      if (delegates() && numberProblem(r.staff))
        problems[`attendance.categories.${i}.staff`] = numberProblem(r.staff);
      if ((r.invited.trim() !== "" || r.present.trim() !== "") && !r.label.trim())
        problems[`attendance.categories.${i}.label`] = t(L(), "groupNameNeeded");
    });
    if (used.length === 0 || totals().invited < 1) problems["attendance.invited"] = t(L(), "invitedNeeded");
    else if (totals().invited > MAX_PEOPLE)
      problems["attendance.invited"] = t(L(), "tooManyTotal", { n: num(L(), MAX_PEOPLE) });
    absences().forEach((a, i) => {
      if (!a.name.trim()) problems[`attendance.absences.${i}.name`] = t(L(), "nameNeeded");
      if (!a.reason.trim()) problems[`attendance.absences.${i}.reason`] = t(L(), "reasonNeeded");
    });
    electionProblems(problems);
    if (absences().length > totals().absent) problems["attendance.absences"] = t(L(), "tooManyAbsent");
    else if (rules().requireAbsenceReasons && absences().length !== totals().absent)
      problems["attendance.absences"] = t(L(), "everyAbsent", { n: num(L(), totals().absent) });
    return problems;
  }

  async function save(e: SubmitEvent) {
    e.preventDefault();
    const problems = validate();
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const used = rows().filter((r) => r.invited.trim() !== "" || r.present.trim() !== "");
    const { invited, present } = totals();
    await props.run(() =>
      props.api.send<ConferenceView>("PATCH", props.base, {
        version: props.conf.version,
        attendance: {
          invited,
          present,
          ...(delegates()
            ? {
                delegates: invited,
                election: {
                  from: parseViDate(electionFrom()),
                  to: parseViDate(electionTo() || electionFrom()),
                },
              }
            : {}),
          categories: used.map((r) => ({
            label: r.label.trim(),
            invited: count(r.invited) || 0,
            present: count(r.present) || 0,
            ...(delegates() && r.staff.trim() !== "" ? { staff: count(r.staff) } : {}),
          })),
          absences: absences().map((a) => ({
            name: a.name.trim(),
            reason: a.reason.trim(),
            ...(a.category ? { category: a.category } : {}),
          })),
        },
      }),
    );
  }

  /** Server messages win over nothing, local ones over the server's (they are fresher). */
  const message = (path: string) => (
    <Show when={err(path) || props.err(path)}>
      <Show when={err(path)} fallback={props.err(path)}>
        <span class="field__error">{err(path)}</span>
      </Show>
    </Show>
  );
  const fieldCls = (path: string) => (err(path) ? cls(path) : props.cls(path));
  /** The same rule as a plain message, for a `LabelledField`. */
  const problemAt = (path: string) => err(path) || props.errorAt(path) || "";

  return (
    <form class="form card" onSubmit={save} novalidate>
      <h2>{t(L(), "attendance")}</h2>
      <p class="muted">{delegates() ? t(L(), "attendanceDelegatesHint") : t(L(), "attendanceHint")}</p>
      <Show when={delegates()}>
        <fieldset class="fieldset">
          <legend>{t(L(), "election")}</legend>
          <p class="field__hint">{t(L(), "electionHint")}</p>
          <div class="form-grid">
            <LabelledField label={t(L(), "electionFrom")} error={problemAt("attendance.election.from")}>
              <input
                class="input"
                inputmode="numeric"
                name="election-from"
                placeholder="01/10/2025"
                value={electionFrom()}
                onInput={(e) => setElectionFrom(e.currentTarget.value)}
              />
            </LabelledField>
            <label class={fieldCls("attendance.election.to")}>
              <span class="field__label">{t(L(), "electionTo")}</span>
              <input
                class="input"
                inputmode="numeric"
                name="election-to"
                placeholder="08/10/2025"
                value={electionTo()}
                onInput={(e) => setElectionTo(e.currentTarget.value)}
              />
              {message("attendance.election.to")}
              {message("attendance.election")}
            </label>
          </div>
        </fieldset>
      </Show>
      <Index each={rows()}>
        {(row, i) => (
          <fieldset class="fieldset">
            <legend>{row().label || t(L(), "group")}</legend>
            <div class="form-grid">
              <LabelledField
                label={t(L(), "groupName")}
                error={problemAt(`attendance.categories.${i}.label`)}
              >
                <input
                  class="input"
                  value={row().label}
                  onInput={(e) => update(setRows, i, { label: e.currentTarget.value })}
                />
              </LabelledField>
              <Show when={delegates()}>
                <LabelledField
                  label={t(L(), "groupStaffCount")}
                  error={numberProblem(row().staff) || problemAt(`attendance.categories.${i}.staff`)}
                >
                  <input
                    class="input"
                    inputmode="numeric"
                    name={`staff-${i}`}
                    value={row().staff}
                    onInput={(e) => update(setRows, i, { staff: e.currentTarget.value })}
                  />
                </LabelledField>
              </Show>
              {/* A row's live check, as the officer types, comes before any earlier message. */}
              <LabelledField
                label={delegates() ? t(L(), "delegatesElected") : t(L(), "invited")}
                error={
                  numberProblem(row().invited) ||
                  staffProblem(row()) ||
                  problemAt(`attendance.categories.${i}.invited`)
                }
              >
                <input
                  class="input"
                  inputmode="numeric"
                  name={`invited-${i}`}
                  value={row().invited}
                  onInput={(e) => update(setRows, i, { invited: e.currentTarget.value })}
                />
              </LabelledField>
              <LabelledField
                label={delegates() ? t(L(), "delegatesPresent") : t(L(), "present")}
                error={rowProblem(row()) || problemAt(`attendance.categories.${i}.present`)}
              >
                <input
                  class="input"
                  inputmode="numeric"
                  name={`present-${i}`}
                  value={row().present}
                  onInput={(e) => update(setRows, i, { present: e.currentTarget.value })}
                />
              </LabelledField>
            </div>
            <Show when={rows().length > 1}>
              <button
                type="button"
                class="button button--link button--danger-text"
                onClick={() => setRows((list) => list.filter((_x, j) => j !== i))}
              >
                {t(L(), "removeGroup")}
              </button>
            </Show>
          </fieldset>
        )}
      </Index>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => setRows((list) => [...list, { label: "", invited: "", present: "", staff: "" }])}
      >
        {t(L(), "addGroup")}
      </button>
      <div class={fieldCls("attendance.invited")}>
        <p class="counts">
          <span class="counts__item">
            {delegates() ? t(L(), "delegatesElected") : t(L(), "invited")}: {num(L(), totals().invited)}
          </span>
          <span class="counts__item">
            {delegates() ? t(L(), "delegatesPresent") : t(L(), "present")}: {num(L(), totals().present)}
          </span>
          <span class={totals().absent > 0 ? "counts__item counts__item--bad" : "counts__item"}>
            {t(L(), "absent")}: {num(L(), totals().absent)}
          </span>
        </p>
        {message("attendance.invited")}
        {message("attendance.present")}
        {message("attendance.delegates")}
      </div>
      <Show when={totals().invited > 0 && figuresValid()}>
        <p class={quorum().met ? "notice notice--success" : "warning"} role="status" aria-live="polite">
          {quorumSentence(L(), totals().invited, totals().present, rules(), delegates())}
        </p>
      </Show>
      <fieldset class={fieldCls("attendance.absences") === "field" ? "fieldset" : "fieldset field--invalid"}>
        <legend>{t(L(), "absentees")}</legend>
        <p class="field__hint">
          {rules().requireAbsenceReasons
            ? t(L(), "everyAbsent", { n: num(L(), totals().absent) })
            : t(L(), "absenteesHint")}
        </p>
        <Show when={absences().length === 0}>
          <p class="muted">{t(L(), "noAbsentees")}</p>
        </Show>
        <Index each={absences()}>
          {(a, i) => (
            <div class="form-grid">
              <LabelledField label={t(L(), "fullName")} error={problemAt(`attendance.absences.${i}.name`)}>
                <input
                  class="input"
                  value={a().name}
                  onInput={(e) => update(setAbsences, i, { name: e.currentTarget.value })}
                />
              </LabelledField>
              <LabelledField label={t(L(), "group")}>
                <select
                  class="input"
                  value={a().category}
                  onChange={(e) => update(setAbsences, i, { category: e.currentTarget.value })}
                >
                  <option value="">—</option>
                  <For each={rows().filter((r) => r.label.trim())}>
                    {(r) => <option value={r.label.trim()}>{r.label}</option>}
                  </For>
                </select>
              </LabelledField>
              <LabelledField
                label={t(L(), "absenceReason")}
                error={problemAt(`attendance.absences.${i}.reason`)}
              >
                <input
                  class="input"
                  value={a().reason}
                  onInput={(e) => update(setAbsences, i, { reason: e.currentTarget.value })}
                />
              </LabelledField>
              <button
                type="button"
                class="button button--link button--danger-text"
                onClick={() => setAbsences((list) => list.filter((_x, j) => j !== i))}
              >
                {t(L(), "remove")}
              </button>
            </div>
          )}
        </Index>
        {message("attendance.absences")}
        <button
          type="button"
          class="button button--secondary"
          disabled={absences().length >= totals().absent}
          onClick={() => setAbsences((list) => [...list, { name: "", category: "", reason: "" }])}
        >
          {t(L(), "addAbsentee")}
        </button>
      </fieldset>
      <button class="button" type="submit">
        {t(L(), "saveAttendance")}
      </button>
    </form>
  );
}

/** "Bầu đại biểu: 120 đại biểu, họp bầu 01/10/2025 – 08/10/2025 (Giáo viên 100/150 …)" on the conference page. */
export function ElectionLine(props: { conf: ConferenceView; locale: "vi" | "en" }) {
  const L = () => props.locale;
  const a = () => (props.conf.preparation.format === "delegates" ? props.conf.attendance : undefined);
  return (
    <Show when={a()}>
      {(att) => (
        <>
          <p>
            {t(L(), "electionShown", {
              n: num(L(), att().delegates ?? att().invited),
              dates: att().election
                ? att().election?.from === att().election?.to
                  ? dateVi(att().election?.from)
                  : `${dateVi(att().election?.from)} – ${dateVi(att().election?.to)}`
                : "—",
            })}
          </p>
          <Show when={att().categories?.length}>
            <ul class="record-list">
              <For each={att().categories}>
                {(g) => (
                  <li class="record">
                    <span class="record__title">{g.label}</span>{" "}
                    <span class="muted">
                      {g.staff === undefined
                        ? t(L(), "electedOfGroupNoStaff", {
                            elected: num(L(), g.invited),
                            present: num(L(), g.present),
                          })
                        : t(L(), "electedOfGroup", {
                            elected: num(L(), g.invited),
                            present: num(L(), g.present),
                            staff: num(L(), g.staff),
                          })}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </>
      )}
    </Show>
  );
}
