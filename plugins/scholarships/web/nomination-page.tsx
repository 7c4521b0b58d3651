import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, Show } from "solid-js";
import { ActionForm } from "./action-form";
import { type EvidenceFile, EvidenceList } from "./evidence-field";
import type { ProgrammeDetail } from "./programme-page";
import { date, money, textFor } from "./text";

interface NominationDetail {
  id: string;
  pseudonym: string;
  unitId: string;
  category: keyof ReturnType<typeof textFor>["categories"];
  status: keyof ReturnType<typeof textFor>["status"];
  amount: number;
  child: { fullName: string; grade: string; school: string; average?: number } | null;
  parentName: string | null;
  review: { completed: number; average?: number };
  decision?: { number: string; date: string };
  rejection?: { reason: string };
  withdrawal?: { reason: string };
  payment?: { paidOn: string; method: "tien-mat" | "chuyen-khoan"; reference?: string };
  /** Only in the answer to the nominating unit's officers and the deciders. */
  evidence?: EvidenceFile[];
}

const todayText = () =>
  new Date().toLocaleDateString("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric" });

/**
 * One file: its summary and evidence for the nominating unit's officers and the deciders; for the
 * deciders also approve, wait, reject with a reason, withdraw, record the hand-out.
 */
export default function NominationPage(props: WebPluginRouteProps) {
  const t = () => textFor(props.locale);
  const [version, setVersion] = createSignal(0);
  const base = () => `/programmes/${props.params.id}/nominations/${props.params.nid}`;
  const [programme] = createResource(
    () => props.params.id,
    (id) => props.api.get<ProgrammeDetail>(`/programmes/${id}`),
  );
  const [file] = createResource(
    () => [base(), version()] as const,
    ([path]) => props.api.get<NominationDetail>(path),
  );
  const done = () => setVersion(version() + 1);
  const can = () => props.permissions.includes("scholarships.decide");
  const funds = () => (programme()?.funds ?? []).map((f) => ({ value: f.id, label: f.name }));
  const shared = () => ({ api: props.api, locale: props.locale, onDone: done });

  return (
    <section class="page">
      <p class="back-link">
        <a href={`/t/${props.tenant}/m/scholarships/programmes/${props.params.id}`}>{t().back}</a>
      </p>
      <Show when={file.error}>
        <p role="alert" class="inline-error">
          {String(file.error?.message ?? file.error)}
        </p>
      </Show>
      <Show when={file()} fallback={<p class="status status--loading">…</p>}>
        {(n) => (
          <>
            <h1>
              {t().file} {n().pseudonym}
            </h1>
            <p class="lead">
              {n().child?.fullName ?? ""} · {t().categories[n().category]} ·{" "}
              <span class="badge">{t().status[n().status]}</span>
            </p>
            <dl class="summary">
              <dt>{t().parent}</dt>
              <dd>{n().parentName ?? "—"}</dd>
              <dt>{t().school}</dt>
              <dd>
                {n().child?.school ?? "—"} · {t().grade} {n().child?.grade ?? ""}
              </dd>
              <dt>{t().amount}</dt>
              <dd>{money(n().amount)}</dd>
              <dt>{t().reviews}</dt>
              <dd>
                {n().review.completed}
                {n().review.average !== undefined ? ` · ${String(n().review.average).replace(".", ",")}` : ""}
              </dd>
              <Show when={n().decision}>
                {(d) => (
                  <>
                    <dt>{t().decisionNumber}</dt>
                    <dd>
                      {d().number} · {date(d().date)}
                    </dd>
                  </>
                )}
              </Show>
              <Show when={n().rejection ?? n().withdrawal}>
                {(r) => (
                  <>
                    <dt>{t().reason}</dt>
                    <dd>{r().reason}</dd>
                  </>
                )}
              </Show>
              <Show when={n().payment}>
                {(p) => (
                  <>
                    <dt>{t().paid}</dt>
                    <dd>
                      {date(p().paidOn)} · {t().methods[p().method]}
                      {p().reference ? ` · ${p().reference}` : ""}
                    </dd>
                  </>
                )}
              </Show>
            </dl>
            <h2>{t().evidence}</h2>
            <Show when={n().child} fallback={<p class="muted">{t().evidenceErased}</p>}>
              <EvidenceList files={n().evidence ?? []} locale={props.locale} />
            </Show>
            <Show when={can() && programme() && ["submitted", "waiting", "approved"].includes(n().status)}>
              <h2>{t().decide}</h2>
              <Show when={n().status === "submitted" || n().status === "waiting"}>
                <ActionForm
                  {...shared()}
                  id="approve"
                  title={t().approve}
                  submit={t().approve}
                  path={`${base()}/approve`}
                  fields={[
                    { key: "fundId", label: t().funds, kind: "select", options: funds() },
                    { key: "decisionNumber", label: t().decisionNumber, required: true },
                    {
                      key: "decisionDate",
                      label: t().decisionDate,
                      kind: "date",
                      required: true,
                      initial: todayText(),
                    },
                  ]}
                />
              </Show>
              <Show when={n().status === "submitted"}>
                <ActionForm
                  {...shared()}
                  id="wait"
                  title={t().wait}
                  submit={t().wait}
                  path={`${base()}/wait`}
                  fields={[]}
                />
              </Show>
              <Show when={n().status === "submitted" || n().status === "waiting"}>
                <ActionForm
                  {...shared()}
                  id="reject"
                  danger
                  title={t().reject}
                  submit={t().reject}
                  path={`${base()}/reject`}
                  fields={[{ key: "reason", label: t().reason, kind: "textarea", required: true }]}
                />
              </Show>
              <Show when={n().status === "approved"}>
                <ActionForm
                  {...shared()}
                  id="payment"
                  title={t().payment}
                  submit={t().payment}
                  path={`${base()}/payment`}
                  fields={[
                    { key: "paidOn", label: t().paidOn, kind: "date", required: true, initial: todayText() },
                    {
                      key: "method",
                      label: t().method,
                      kind: "select",
                      options: [
                        { value: "tien-mat", label: t().methods["tien-mat"] },
                        { value: "chuyen-khoan", label: t().methods["chuyen-khoan"] },
                      ],
                    },
                    { key: "reference", label: t().reference },
                    { key: "receivedBy", label: t().receivedBy },
                  ]}
                />
                <ActionForm
                  {...shared()}
                  id="withdraw"
                  danger
                  title={t().withdraw}
                  submit={t().withdraw}
                  path={`${base()}/withdraw`}
                  fields={[{ key: "reason", label: t().reason, kind: "textarea", required: true }]}
                />
              </Show>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
