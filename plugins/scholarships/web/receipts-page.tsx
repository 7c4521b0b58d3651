import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createEffect, createResource, createSignal, For, Show } from "solid-js";
import "./scholarships-print.css";
import { count, date, money, textFor, year } from "./text";
import { printTextFor } from "./text-print";

interface Entry {
  no: number;
  nominationId: string;
  pseudonym: string;
  childName: string | null;
  dateOfBirth: string | null;
  grade: string | null;
  school: string | null;
  parentName: string | null;
  unitName: string;
  category: "hoc-gioi" | "vuot-kho" | "hoc-gioi-vuot-kho";
  amount: number;
  amountInWords: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  status: "approved" | "paid";
  paidOn: string | null;
}
interface Receipts {
  programme: { id: string; name: string; schoolYear: string; ownerUnitName: string };
  scope: { name: string };
  personalDataErased: boolean;
  filters: {
    districts: { id: string; name: string; count: number }[];
    units: { id: string; name: string; districtId: string; count: number }[];
  };
  totals: { count: number; amount: number; amountInWords: string };
  items: Entry[];
}
type View = "list" | "receipts";

/**
 * The ceremony list and the receipt sheets of a programme, ready to print on A4: for the deciders
 * by district or CĐCS, for a CĐCS officer their own unit. The filter stays in the address, so the
 * page can be reopened or shared as it is.
 */
export default function ReceiptsPage(props: WebPluginRouteProps) {
  const t = () => printTextFor(props.locale);
  const w = () => textFor(props.locale);
  const query = new URLSearchParams(window.location.search);
  const decider = () => props.permissions.includes("scholarships.decide");
  const [view, setView] = createSignal<View>(query.get("view") === "receipts" ? "receipts" : "list");
  const [districtId, setDistrictId] = createSignal(query.get("districtId") ?? "");
  const [unitId, setUnitId] = createSignal(query.get("unitId") ?? "");
  const [myUnits] = createResource(
    () => (decider() ? undefined : true),
    () => props.api.get<{ items: { id: string; name: string; kind: string }[] }>("/my-units"),
  );
  const officerUnit = () =>
    unitId() || myUnits()?.items.find((u) => u.kind === "cdcs")?.id || myUnits()?.items[0]?.id || "";
  const scope = () => {
    const params = new URLSearchParams();
    const unit = decider() ? unitId() : officerUnit();
    if (unit) params.set("unitId", unit);
    if (decider() && districtId() && !unit) params.set("districtId", districtId());
    return params;
  };
  const [data] = createResource(
    () => (decider() || officerUnit() ? scope().toString() : undefined),
    (q) => props.api.get<Receipts>(`/programmes/${props.params.id}/receipts${q ? `?${q}` : ""}`),
  );
  createEffect(() => {
    const params = scope();
    if (districtId() && decider()) params.set("districtId", districtId());
    if (view() === "receipts") params.set("view", "receipts");
    const q = params.toString();
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${q ? `?${q}` : ""}`);
  });
  const base = () => `/t/${props.tenant}/m/scholarships/programmes/${props.params.id}`;
  const units = () =>
    (data()?.filters.units ?? []).filter((u) => !districtId() || u.districtId === districtId());
  return (
    <section class="page sch-print">
      <div class="sch-noprint">
        <h1>{t().printTitle}</h1>
        <a class="back-link" href={base()}>
          {w().back}
        </a>
        <div class="button-row">
          <For each={["list", "receipts"] as View[]}>
            {(v) => (
              <button
                type="button"
                class={view() === v ? "button" : "button button--secondary"}
                aria-pressed={view() === v}
                onClick={() => setView(v)}
              >
                {v === "list" ? t().ceremonyList : t().receipts}
              </button>
            )}
          </For>
        </div>
        <Show when={decider() && data()}>
          <div class="field">
            <label class="field__label" for="sch-print-district">
              {t().district}
            </label>
            <select
              id="sch-print-district"
              class="input"
              onChange={(e) => {
                setDistrictId(e.currentTarget.value);
                setUnitId("");
              }}
            >
              <option value="">{t().allDistricts}</option>
              <For each={data()!.filters.districts}>
                {(d) => (
                  <option value={d.id} selected={d.id === districtId()}>
                    {d.name} ({count(d.count)})
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field__label" for="sch-print-unit">
              {t().unit}
            </label>
            <select id="sch-print-unit" class="input" onChange={(e) => setUnitId(e.currentTarget.value)}>
              <option value="">{t().allUnits}</option>
              <For each={units()}>
                {(u) => (
                  <option value={u.id} selected={u.id === unitId()}>
                    {u.name} ({count(u.count)})
                  </option>
                )}
              </For>
            </select>
          </div>
        </Show>
        <Show when={!decider() && (myUnits()?.items.length ?? 0) > 1}>
          <div class="field">
            <label class="field__label" for="sch-print-my-unit">
              {t().unit}
            </label>
            <select id="sch-print-my-unit" class="input" onChange={(e) => setUnitId(e.currentTarget.value)}>
              <For each={myUnits()!.items}>
                {(u) => (
                  <option value={u.id} selected={u.id === officerUnit()}>
                    {u.name}
                  </option>
                )}
              </For>
            </select>
          </div>
        </Show>
        <Show when={data() && !data()!.personalDataErased && data()!.items.length > 0}>
          <div class="button-row">
            <button type="button" class="button" onClick={() => window.print()}>
              {t().print}
            </button>
          </div>
        </Show>
      </div>
      <Show when={data.error}>
        <p role="alert" class="inline-error">
          {String(data.error?.message ?? data.error)}
        </p>
      </Show>
      <Show when={!decider() && myUnits() && !officerUnit()}>
        <p class="muted">{t().noAwards}</p>
      </Show>
      <Show
        when={data()}
        fallback={
          <Show when={!data.error && (decider() || officerUnit())}>
            <p class="status status--loading">…</p>
          </Show>
        }
      >
        {(d) => (
          <Show
            when={!d().personalDataErased}
            fallback={
              <>
                <p class="notice">{t().erased}</p>
                <p>
                  {t().total}: {t().awardsCount(count(d().totals.count))} · {money(d().totals.amount)}
                </p>
              </>
            }
          >
            <Show when={d().items.length > 0} fallback={<p class="muted">{t().noAwards}</p>}>
              <Show when={view() === "list"} fallback={<ReceiptSheets data={d()} locale={props.locale} />}>
                <CeremonyList data={d()} locale={props.locale} />
              </Show>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}

/** "Năm học 2026–2027", unless the programme's name already says its school year. */
function yearUnlessNamed(programme: { name: string; schoolYear: string }, label: string) {
  const shown = year(programme.schoolYear);
  return programme.name.includes(shown) || programme.name.includes(programme.schoolYear)
    ? ""
    : `${label} ${shown}`;
}

function DocumentHeading(props: { data: Receipts; heading: string; locale: WebPluginRouteProps["locale"] }) {
  const t = () => printTextFor(props.locale);
  return (
    <>
      <p class="sch-print__national">{t().nationalName}</p>
      <p class="sch-print__motto">{t().nationalMotto}</p>
      <h2 class="sch-print__heading">{props.heading}</h2>
      <p class="sch-print__subheading">
        {[
          props.data.programme.name,
          yearUnlessNamed(props.data.programme, t().schoolYear),
          props.data.scope.name,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </>
  );
}

const decisionText = (t: ReturnType<typeof printTextFor>, e: Entry) =>
  e.decisionNumber && e.decisionDate ? t.decisionLine(e.decisionNumber, date(e.decisionDate)) : "—";

function CeremonyList(props: { data: Receipts; locale: WebPluginRouteProps["locale"] }) {
  const t = () => printTextFor(props.locale);
  const w = () => textFor(props.locale);
  return (
    <>
      <DocumentHeading data={props.data} heading={t().listHeading} locale={props.locale} />
      <div class="table-scroll">
        <table class="data-table">
          <thead>
            <tr>
              <th>{t().no}</th>
              <th>{t().childName}</th>
              <th>{t().dateOfBirth}</th>
              <th>{t().gradeSchool}</th>
              <th>{t().parent}</th>
              <th>{t().unit}</th>
              <th>{t().category}</th>
              <th class="is-numeric">{t().amount}</th>
              <th class="sch-print__signature-cell">{t().signature}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.data.items}>
              {(e) => (
                <tr>
                  <td>{e.no}</td>
                  <td>{e.childName}</td>
                  <td class="nowrap">{e.dateOfBirth ? date(e.dateOfBirth) : ""}</td>
                  <td>{[e.grade, e.school].filter(Boolean).join(", ")}</td>
                  <td>{e.parentName}</td>
                  <td>{e.unitName}</td>
                  <td>{w().categories[e.category]}</td>
                  <td class="is-numeric nowrap">{money(e.amount)}</td>
                  <td />
                </tr>
              )}
            </For>
            <tr class="sch-print__total">
              <td colSpan={7}>
                {t().total}: {t().awardsCount(count(props.data.totals.count))}
              </td>
              <td class="is-numeric nowrap">{money(props.data.totals.amount)}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      <p>
        {t().inWords}: <em>{props.data.totals.amountInWords}</em>
      </p>
    </>
  );
}

function ReceiptSheets(props: { data: Receipts; locale: WebPluginRouteProps["locale"] }) {
  const t = () => printTextFor(props.locale);
  const w = () => textFor(props.locale);
  return (
    <div>
      <For each={props.data.items}>
        {(e) => (
          <article class="sch-receipt" aria-label={`${t().receiptHeading} ${e.pseudonym}`}>
            <DocumentHeading data={props.data} heading={t().receiptHeading} locale={props.locale} />
            <dl class="sch-receipt__facts">
              <dt>{t().decision}</dt>
              <dd>{decisionText(t(), e)}</dd>
              <dt>{t().childName}</dt>
              <dd>
                <strong>{e.childName}</strong>
              </dd>
              <dt>{t().dateOfBirth}</dt>
              <dd>{e.dateOfBirth ? date(e.dateOfBirth) : ""}</dd>
              <dt>{t().gradeSchool}</dt>
              <dd>{[e.grade, e.school].filter(Boolean).join(", ")}</dd>
              <dt>{t().parent}</dt>
              <dd>{e.parentName}</dd>
              <dt>{t().unit}</dt>
              <dd>{e.unitName}</dd>
              <dt>{t().category}</dt>
              <dd>{w().categories[e.category]}</dd>
              <dt>{t().amount}</dt>
              <dd>
                <strong>{money(e.amount)}</strong>
              </dd>
              <dt>{t().inWords}</dt>
              <dd class="sch-receipt__words">{e.amountInWords}</dd>
            </dl>
            <p>{t().receivedText}</p>
            <p class="sch-receipt__date">{t().dateLine}</p>
            <div class="sch-receipt__signatures">
              <div>
                <p>
                  <strong>{t().receiver}</strong>
                </p>
                <p>{t().signHint}</p>
                <p class="sch-receipt__sign-space" />
              </div>
              <div>
                <p>
                  <strong>{t().giver}</strong>
                </p>
                <p>{t().signHint}</p>
                <p class="sch-receipt__sign-space" />
              </div>
            </div>
          </article>
        )}
      </For>
    </div>
  );
}
