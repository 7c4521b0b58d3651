import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { oneAtATime } from "../src/one-at-a-time";
import { dateTimeVi, dateVi, t, yearLabel } from "./i18n";
import { ReminderBanner } from "./reminder-banner";
import { DistrictTrend } from "./trend-chart-view";
import type { ComplianceResponse } from "./types";

/** Compliance per district and kind for a school year, the shortfall, exports. */
export default function CompliancePage(props: WebPluginRouteProps) {
  const [year, setYear] = createSignal<string>("");
  const [data, { refetch }] = createResource(year, (y) =>
    props.api.get<ComplianceResponse>(`/compliance${y ? `?year=${y}` : ""}`),
  );
  const L = () => props.locale;
  const canRemind = () => props.permissions.includes("democracy.review");
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const [message, setMessage] = createSignal("");

  function toggle(unitId: string, on: boolean) {
    const next = new Set(selected());
    if (on) next.add(unitId);
    else next.delete(unitId);
    setSelected(next);
  }

  const [sending, setSending] = createSignal(false);
  /** One request at a time: a double tap must not remind the school twice. */
  const remind = oneAtATime(async (unitIds: string[]) => {
    const y = data()?.current?.year;
    if (!y || unitIds.length === 0) return;
    setMessage("");
    setSending(true);
    try {
      const sent = await props.api.send<{ alreadySent?: string[] }>("POST", "/reminders", {
        year: y,
        unitIds,
      });
      const fresh = unitIds.length - (sent.alreadySent?.length ?? 0);
      setMessage(
        fresh > 0 ? t(L(), "remindedOk", { n: fresh }) : t(L(), "remindedAlready", { n: unitIds.length }),
      );
      setSelected(new Set<string>());
      await refetch();
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setSending(false);
    }
  });

  async function download(ext: "csv" | "xlsx") {
    const y = data()?.current?.year;
    if (!y) return;
    const res = await props.api.raw(`/compliance/export.${ext}?year=${y}`);
    if (!res.ok) return setMessage(res.statusText);
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = `hoi-nghi-cbccvc-${y}.${ext}`;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section class="page">
      <header class="page-header">
        <h1>{t(L(), "compliance")}</h1>
      </header>
      <ReminderBanner api={props.api} locale={L()} permissions={props.permissions} tenant={props.tenant} />
      <Show when={!data.loading} fallback={<p class="muted">{t(L(), "loading")}</p>}>
        <Show when={data.error}>
          <p class="notice">{String((data.error as Error)?.message ?? "")}</p>
        </Show>
        <Show when={data()?.current} fallback={<p class="lead">{t(L(), "noData")}</p>}>
          {(current) => (
            <>
              <div class="filters">
                <label class="field">
                  <span>{t(L(), "schoolYear")}</span>
                  <select
                    class="input"
                    value={current().year}
                    onChange={(e) => setYear(e.currentTarget.value)}
                  >
                    <For each={data()?.years ?? []}>{(y) => <option value={y}>{yearLabel(y)}</option>}</For>
                  </select>
                </label>
                <button type="button" class="button button--secondary" onClick={() => void download("csv")}>
                  {t(L(), "exportCsv")}
                </button>
                <button type="button" class="button button--secondary" onClick={() => void download("xlsx")}>
                  {t(L(), "exportXlsx")}
                </button>
              </div>
              <div class="counts">
                <p class="lead">
                  {t(L(), "cbccvc")}: <strong>{current().byKind.cbccvc.text}</strong>
                </p>
                <p class="lead">
                  {t(L(), "nld")}: <strong>{current().byKind.nld.text}</strong>
                </p>
                <Show when={data()?.previous}>
                  {(prev) => (
                    <p class="muted">
                      {t(L(), "previous")} ({yearLabel(prev().year)}): {prev().total.text}
                    </p>
                  )}
                </Show>
              </div>
              <div class="table-scroll">
                <table class="data-table">
                  <thead>
                    <tr>
                      <th>{t(L(), "district")}</th>
                      <th>{t(L(), "cbccvc")}</th>
                      <th>{t(L(), "nld")}</th>
                      <th>{t(L(), "onTime")}</th>
                      <th>{t(L(), "quorum")}</th>
                      <th>{t(L(), "documents")}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    <For each={current().districts}>
                      {(d) => (
                        <tr>
                          <td>{d.districtName}</td>
                          <td class="nowrap">{d.byKind.cbccvc.required ? d.byKind.cbccvc.text : "—"}</td>
                          <td class="nowrap">{d.byKind.nld.required ? d.byKind.nld.text : "—"}</td>
                          <td>{d.total.heldOnTime}</td>
                          <td>{d.total.heldWithQuorum}</td>
                          <td>{d.total.documentsAdopted}</td>
                          <td>
                            <a
                              href={`/t/${props.tenant}/m/democracy/report/${current().year}/${d.districtId}`}
                            >
                              {t(L(), "report")}
                            </a>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <h2>{t(L(), "trend")}</h2>
              <DistrictTrend
                series={data()?.trend ?? []}
                districts={data()?.districtTrend ?? []}
                locale={L()}
              />
              <h2>{t(L(), "notHeld")}</h2>
              <Show when={message()}>
                <p class="notice" role="status">
                  {message()}
                </p>
              </Show>
              <Show when={canRemind() && selected().size > 0}>
                <div class="button-row">
                  <button
                    type="button"
                    class="button"
                    disabled={sending()}
                    aria-busy={sending()}
                    onClick={() => void remind([...selected()].slice(0, 50))}
                  >
                    {t(L(), "remindSelected")} ({selected().size})
                  </button>
                </div>
              </Show>
              <Show
                when={(data()?.notHeld.length ?? 0) > 0}
                fallback={<p class="muted">{t(L(), "allHeld")}</p>}
              >
                <ul class="card-list">
                  <For each={data()?.notHeld}>
                    {(u) => (
                      <li class="card">
                        <Show when={canRemind()}>
                          <label class="checkbox">
                            <input
                              type="checkbox"
                              checked={selected().has(u.unitId)}
                              onChange={(e) => toggle(u.unitId, e.currentTarget.checked)}
                            />
                            <span class="visually-hidden">{u.unitName}</span>
                          </label>
                        </Show>
                        <a href={`/t/${props.tenant}/m/democracy/conference/${current().year}/${u.unitId}`}>
                          {u.unitName}
                        </a>
                        <p class="muted">
                          {u.districtName} · {t(L(), u.kind)} ·{" "}
                          {u.status === "planned"
                            ? `${t(L(), "planned")} ${dateVi(u.plannedOn)}`
                            : t(L(), "none")}
                          <Show when={u.remindedAt}>
                            {" · "}
                            <span class="badge badge--warn">
                              {t(L(), "reminded", { d: dateTimeVi(u.remindedAt) })}
                            </span>{" "}
                            <span class={u.reminderSeenAt ? "badge" : "badge badge--muted"}>
                              {u.reminderSeenAt
                                ? t(L(), "reminderSeen", { date: dateTimeVi(u.reminderSeenAt) })
                                : t(L(), "reminderUnseen")}
                            </span>
                          </Show>
                        </p>
                        <Show when={canRemind()}>
                          <button
                            type="button"
                            class="button button--link"
                            disabled={sending()}
                            aria-busy={sending()}
                            onClick={() => void remind([u.unitId])}
                          >
                            {t(L(), "remind")}
                          </button>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
