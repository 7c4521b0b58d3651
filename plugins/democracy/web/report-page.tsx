import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, For, Show } from "solid-js";
import "./democracy-print.css";
import { dateTimeVi, dateVi, num, t, yearLabel } from "./i18n";
import type { CountsView, DistrictView } from "./types";

interface DistrictReport {
  tenantName: string;
  year: string;
  districtName: string;
  deadline?: string;
  counts?: DistrictView;
  previous?: DistrictView;
  units: {
    unitId: string;
    unitName: string;
    kind: "cbccvc" | "nld";
    status: "none" | "planned" | "held";
    plannedOn?: string;
    heldOn?: string;
    onTime: boolean;
    quorumMet: boolean;
    documentsAdopted: number;
    remindedAt?: string;
    reminders?: number;
    delegatesElected?: number;
    electedBy?: string;
  }[];
  /** Conferences held through delegates, delegates elected, elections recorded. */
  delegates?: { held: number; elected: number; withElection: number };
}

/** Printable report of one district (quận/huyện): counts per kind, every school's status; A4 on print. */
export default function ReportPage(props: WebPluginRouteProps) {
  const L = () => props.locale;
  const [report] = createResource(
    () => `/compliance/districts/${props.params.districtId}?year=${props.params.year}`,
    (path) => props.api.get<DistrictReport>(path),
  );
  const today = () => dateVi(new Date().toISOString().slice(0, 10));
  const row = (label: string, v: CountsView | undefined, prev: CountsView | undefined) => (
    <Show when={v && v.required > 0}>
      <tr>
        <th scope="row">{label}</th>
        <td>{v?.text}</td>
        <td>{num(L(), v?.heldOnTime ?? 0)}</td>
        <td>{num(L(), v?.heldWithQuorum ?? 0)}</td>
        <td>{num(L(), v?.documentsAdopted ?? 0)}</td>
        <td>{prev ? prev.text : "—"}</td>
      </tr>
    </Show>
  );

  return (
    <section class="page democracy-report">
      <p class="democracy-noprint">
        <a class="back-link" href={`/t/${props.tenant}/m/democracy`}>
          {t(L(), "back")}
        </a>
      </p>
      <Show when={!report.loading} fallback={<p class="muted">{t(L(), "loading")}</p>}>
        <Show when={report.error}>
          <p class="form-error">{String((report.error as Error)?.message ?? "")}</p>
        </Show>
        <Show when={report()}>
          {(r) => (
            <>
              <p class="democracy-report__national">{r().tenantName}</p>
              <header class="page-header">
                <h1>{t(L(), "reportTitle")}</h1>
                <p class="lead">
                  {r().districtName} · {t(L(), "schoolYear")} {yearLabel(r().year)}
                  <Show when={r().deadline}>
                    {" "}
                    · {t(L(), "reminderDeadline", { date: dateVi(r().deadline) })}
                  </Show>
                </p>
              </header>
              <div class="button-row democracy-noprint">
                <button type="button" class="button" onClick={() => window.print()}>
                  {t(L(), "print")}
                </button>
              </div>
              <div class="table-scroll">
                <table class="data-table">
                  <caption>{t(L(), "reportCounts")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t(L(), "kind")}</th>
                      <th scope="col">{t(L(), "heldOfRequired")}</th>
                      <th scope="col">{t(L(), "onTime")}</th>
                      <th scope="col">{t(L(), "quorum")}</th>
                      <th scope="col">{t(L(), "documents")}</th>
                      <th scope="col">{t(L(), "previous")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {row(t(L(), "cbccvc"), r().counts?.byKind.cbccvc, r().previous?.byKind.cbccvc)}
                    {row(t(L(), "nld"), r().counts?.byKind.nld, r().previous?.byKind.nld)}
                    {row(t(L(), "totalRow"), r().counts?.total, r().previous?.total)}
                  </tbody>
                </table>
              </div>
              <Show when={r().delegates?.held}>
                <p>
                  {t(L(), "delegatesHeld", {
                    held: num(L(), r().delegates?.held ?? 0),
                    elected: num(L(), r().delegates?.elected ?? 0),
                    recorded: num(L(), r().delegates?.withElection ?? 0),
                  })}
                </p>
              </Show>
              <Show when={r().units.length > 0} fallback={<p class="muted">{t(L(), "noUnitsFound")}</p>}>
                <div class="table-scroll">
                  <table class="data-table">
                    <caption>{t(L(), "reportUnits")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t(L(), "rowNumber")}</th>
                        <th scope="col">{t(L(), "unit")}</th>
                        <th scope="col">{t(L(), "kind")}</th>
                        <th scope="col">{t(L(), "statusFilter")}</th>
                        <th scope="col">{t(L(), "onTime")}</th>
                        <th scope="col">{t(L(), "quorum")}</th>
                        <th scope="col">{t(L(), "documents")}</th>
                        <th scope="col">{t(L(), "remindersCol")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={r().units}>
                        {(u, i) => (
                          <tr>
                            <td>{num(L(), i() + 1)}</td>
                            <td>{u.unitName}</td>
                            <td>{u.kind === "cbccvc" ? "CBCCVC" : "NLĐ"}</td>
                            <td>
                              {u.status === "held"
                                ? `${t(L(), "held")} ${dateVi(u.heldOn)}`
                                : u.status === "planned"
                                  ? `${t(L(), "planned")} ${dateVi(u.plannedOn)}`
                                  : t(L(), "none")}
                            </td>
                            <td>{u.status === "held" ? (u.onTime ? "✓" : t(L(), "filterLate")) : ""}</td>
                            <td>
                              {u.status === "held" ? (u.quorumMet ? "✓" : "✗") : ""}
                              <Show when={u.delegatesElected !== undefined}>
                                {" "}
                                <span class="muted">
                                  {t(L(), "delegatesShort", { n: num(L(), u.delegatesElected ?? 0) })}
                                </span>
                              </Show>
                            </td>
                            <td>{u.status === "held" ? num(L(), u.documentsAdopted) : ""}</td>
                            <td>
                              {u.remindedAt
                                ? `${dateTimeVi(u.remindedAt)} (${num(L(), u.reminders ?? 1)})`
                                : ""}
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>
              <p>{t(L(), "madeOn", { date: today() })}</p>
              <div class="democracy-report__signatures">
                <p>{t(L(), "preparedBy")}</p>
                <p>{t(L(), "headOfUnit")}</p>
              </div>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
