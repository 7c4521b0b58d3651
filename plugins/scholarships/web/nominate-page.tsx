import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { EvidenceField, type EvidenceFile } from "./evidence-field";
import { parseDate, textFor } from "./text";

type Field =
  | "unitId"
  | "memberId"
  | "category"
  | "child.fullName"
  | "child.dateOfBirth"
  | "child.school"
  | "child.grade"
  | "child.schoolLevel"
  | "child.average"
  | "child.achievements"
  | "child.hardship";

/** A CĐCS officer nominates a member's child; eligibility is checked before anything is stored. */
export default function NominatePage(props: WebPluginRouteProps) {
  const t = () => textFor(props.locale);
  const [units] = createResource(() => props.api.get<{ items: { id: string; name: string }[] }>("/my-units"));
  const [unitId, setUnitId] = createSignal("");
  const unit = () => unitId() || units()?.items[0]?.id || "";
  // Nothing to fetch until the officer's units are known ("" would ask for /units//members).
  const [members] = createResource(
    () => unit() || false,
    (id) =>
      props.api.get<{ items: { id: string; fullName: string }[] }>(
        `/units/${encodeURIComponent(id)}/members`,
      ),
  );
  const [values, setValues] = createSignal<Record<string, string>>({
    category: "hoc-gioi",
    "child.schoolLevel": "thcs",
  });
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal("");
  const [evidence, setEvidence] = createSignal<EvidenceFile[]>([]);
  const set = (k: Field, v: string) => setValues({ ...values(), [k]: v });

  function payload() {
    const v = values();
    const dob = parseDate(v["child.dateOfBirth"] ?? "");
    const local: Record<string, string> = {};
    if (!dob) local["child.dateOfBirth"] = t().badDate;
    const average = v["child.average"] ? Number(v["child.average"].replace(",", ".")) : undefined;
    return {
      local,
      body: {
        unitId: unit(),
        memberId: v.memberId ?? members()?.items[0]?.id ?? "",
        category: v.category,
        child: {
          fullName: v["child.fullName"] ?? "",
          dateOfBirth: dob ?? "",
          school: v["child.school"] ?? "",
          grade: v["child.grade"] ?? "",
          schoolLevel: v["child.schoolLevel"],
          ...(average !== undefined && !Number.isNaN(average) ? { average } : {}),
          achievements: v["child.achievements"] ?? "",
          hardship: v["child.hardship"] ?? "",
        },
        evidenceKeys: evidence().map((f) => f.key),
      },
    };
  }

  async function send(path: string, done: (r: { eligible?: boolean; reasons?: string[] }) => string) {
    const { local, body } = payload();
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      setMessage(done(await props.api.send(`POST`, `/programmes/${props.params.id}${path}`, body)));
    } catch (error) {
      const err = error as Error & { fields?: { path: string; message: string }[] };
      setErrors(Object.fromEntries((err.fields ?? []).map((f) => [f.path, f.message])));
      setMessage(err.message);
    }
  }

  const field = (k: Field, label: string, input: JSX.Element) => (
    <div class="field" classList={{ "field--invalid": !!errors()[k] }}>
      <label class="field__label" for={`sch-${k}`}>
        {label}
      </label>
      {input}
      <Show when={errors()[k]}>
        <p class="field__error">{errors()[k]}</p>
      </Show>
    </div>
  );
  const text = (k: Field, label: string, mode?: "numeric" | "decimal") =>
    field(
      k,
      label,
      <input
        id={`sch-${k}`}
        class="input"
        inputmode={mode}
        value={values()[k] ?? ""}
        onInput={(e) => set(k, e.currentTarget.value)}
      />,
    );

  return (
    <section class="page">
      <h1>{t().nominate}</h1>
      <form
        class="form"
        novalidate
        onSubmit={(e) => {
          e.preventDefault();
          void send("/nominations", () => t().saved);
        }}
      >
        {field(
          "unitId",
          t().unit,
          <select
            id="sch-unitId"
            class="input"
            onChange={(e) => {
              // Evidence was kept for the unit it was uploaded for.
              setUnitId(e.currentTarget.value);
              setEvidence([]);
            }}
          >
            <For each={units()?.items ?? []}>{(u) => <option value={u.id}>{u.name}</option>}</For>
          </select>,
        )}
        {field(
          "memberId",
          t().parent,
          <select id="sch-memberId" class="input" onChange={(e) => set("memberId", e.currentTarget.value)}>
            <For each={members()?.items ?? []}>{(m) => <option value={m.id}>{m.fullName}</option>}</For>
          </select>,
        )}
        {field(
          "category",
          t().category,
          <select id="sch-category" class="input" onChange={(e) => set("category", e.currentTarget.value)}>
            <For each={Object.entries(t().categories)}>{([k, v]) => <option value={k}>{v}</option>}</For>
          </select>,
        )}
        {text("child.fullName", t().childName)}
        {text("child.dateOfBirth", t().dateOfBirth, "numeric")}
        {text("child.school", t().school)}
        {text("child.grade", t().grade)}
        {field(
          "child.schoolLevel",
          t().schoolLevel,
          <select
            id="sch-child.schoolLevel"
            class="input"
            onChange={(e) => set("child.schoolLevel", e.currentTarget.value)}
          >
            <For each={Object.entries(t().levels)}>
              {([k, v]) => (
                <option value={k} selected={k === values()["child.schoolLevel"]}>
                  {v}
                </option>
              )}
            </For>
          </select>,
        )}
        {text("child.average", t().average, "decimal")}
        {field(
          "child.achievements",
          t().achievements,
          <textarea
            id="sch-child.achievements"
            class="input"
            onInput={(e) => set("child.achievements", e.currentTarget.value)}
          />,
        )}
        {field(
          "child.hardship",
          t().hardship,
          <textarea
            id="sch-child.hardship"
            class="input"
            onInput={(e) => set("child.hardship", e.currentTarget.value)}
          />,
        )}
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
            onClick={() =>
              send("/nominations/screen", (r) => (r.eligible ? t().eligible : (r.reasons ?? []).join(" ")))
            }
          >
            {t().check}
          </button>
          <button type="submit" class="button">
            {t().submit}
          </button>
        </div>
        <Show when={message()}>
          <p role="status" class="notice">
            {message()}
          </p>
        </Show>
      </form>
    </section>
  );
}
