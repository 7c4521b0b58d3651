import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import type { Movement, Result, Round } from "../../src/model";
import { date, num, year } from "../format";
import { type T, translator } from "../i18n";
import { base, DownloadButton, errorsOf, Failure, Field, Header, Loading } from "../ui";
import { CopyMovementForm } from "./copy-movement";
import { RankingTables } from "./ranking";
import { RegisterForm } from "./register-form";

type M = Movement & { version: number };
const cmp: Record<string, string> = { ">=": "≥", ">": ">", "=": "=", "<=": "≤" };

/** A movement: its criteria and targets, registration, the year's results, ranking and round. */
export default function MovementPage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  const [movement] = createResource(
    () => props.params.id,
    (id) => props.api.get<M>(`/movements/${id}`),
  );
  return (
    <Show when={!movement.loading} fallback={<Loading label={t("common.loading")} />}>
      <Show when={movement()} fallback={<Failure error={movement.error} />}>
        {(m) => <MovementView {...props} movement={m()} t={t} />}
      </Show>
    </Show>
  );
}

function MovementView(props: WebPluginRouteProps & { movement: M; t: T }) {
  const t = props.t;
  const m = () => props.movement;
  const [schoolYear, setSchoolYear] = createSignal(m().schoolYears.at(-1) ?? m().period);
  const can = (p: string) => props.permissions.includes(p);
  return (
    <>
      <Header
        title={m().name}
        lead={`${t(`kind.${m().kind}`)} · ${year(m().period)}`}
        back={base(props.tenant)}
        backLabel={t("common.back")}
      />
      <nav class="button-row" aria-label={m().name}>
        <Show when={can("emulation.manage")}>
          <a class="button button--secondary" href={`${base(props.tenant)}/phong-trao/${m().id}/sua`}>
            {t("form.edit")}
          </a>
        </Show>
        <a class="button button--secondary" href={`${base(props.tenant)}/phong-trao/${m().id}/chi-tieu`}>
          {t("targets.title")}
        </a>
      </nav>
      <Show when={m().description}>
        <p>{m().description}</p>
      </Show>
      <dl class="counts">
        <div class="counts__item">
          <dt>{t("movement.period")}</dt>
          <dd>{year(m().period)}</dd>
        </div>
        <Show when={m().registrationDeadline}>
          <div class="counts__item">
            <dt>{t("movement.deadline")}</dt>
            <dd>{date(m().registrationDeadline)}</dd>
          </div>
        </Show>
      </dl>
      <h2>{t("movement.criteria")}</h2>
      <Show when={m().criteria.length > 0} fallback={<p class="muted">{t("movement.noCriteria")}</p>}>
        <ul class="record-list">
          <For each={m().criteria}>
            {(c) => (
              <li class="record">
                <p class="record__title">{c.name}</p>
                <p class="record__meta">
                  {t(`measure.${c.measure}`)} · {t("movement.weight")} {num(c.weight, props.locale)} ·{" "}
                  {t("movement.maxScore")} {num(c.maxScore, props.locale)}
                </p>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h2>{t("movement.targets")}</h2>
      <Show when={m().targets.length > 0} fallback={<p class="muted">{t("movement.noTargets")}</p>}>
        <ul class="record-list">
          <For each={m().targets}>
            {(target) => (
              <li class="record">
                <p class="record__title">{target.name}</p>
                <p class="record__meta">
                  {cmp[target.comparison]} {num(target.planned, props.locale)}
                  {target.unit === "percent" ? "%" : ""}
                  <Show when={target.achieved}>
                    {(a) => (
                      <>
                        {" "}
                        · {num(a().value, props.locale)}
                        {target.unit === "percent" ? "%" : ""} ({date(a().asOf)})
                      </>
                    )}
                  </Show>
                </p>
                <For each={target.history}>
                  {(h) => (
                    <p class="record__meta">
                      {t("movement.revised")} “{h.name}” ({date(h.at)}): {h.reason}
                    </p>
                  )}
                </For>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={can("emulation.register") && m().kind !== "nghi-quyet"}>
        <RegisterForm {...props} />
      </Show>
      <Show when={m().criteria.length > 0}>
        <Show when={m().schoolYears.length > 1}>
          <Field id="em-year" label={t("init.year")}>
            <select
              id="em-year"
              class="input"
              value={schoolYear()}
              onChange={(e) => setSchoolYear(e.currentTarget.value)}
            >
              <For each={m().schoolYears}>{(y) => <option value={y}>{year(y)}</option>}</For>
            </select>
          </Field>
        </Show>
        <YearResults {...props} schoolYear={schoolYear()} />
        <h2>{t("ranking.title")}</h2>
        <RankingTables api={props.api} locale={props.locale} movementId={m().id} schoolYear={schoolYear()} />
        <p>
          <DownloadButton
            api={props.api}
            path={`/exports/ranking.xlsx?movementId=${m().id}&schoolYear=${schoolYear()}`}
            fileName={`xep-hang-${m().id}-${schoolYear()}.xlsx`}
            label={t("export.xlsx")}
          />
        </p>
      </Show>
      <Show when={can("emulation.manage")}>
        <CopyMovementForm api={props.api} tenant={props.tenant} locale={props.locale} movement={m()} />
      </Show>
    </>
  );
}

function YearResults(props: WebPluginRouteProps & { movement: M; t: T; schoolYear: string }) {
  const t = props.t;
  const path = () => `/movements/${props.movement.id}/results/${props.schoolYear}`;
  const [results, { refetch }] = createResource(path, (p) =>
    props.api.get<{ items: (Result & { version: number; unitName: string })[] }>(p),
  );
  const [round, { refetch: refetchRound }] = createResource(
    () => `/movements/${props.movement.id}/rounds/${props.schoolYear}`,
    (p) => props.api.get<Round & { version?: number }>(p),
  );
  const [reportable] = createResource(() =>
    props.api.get<{ items: { id: string; name: string }[] }>(
      "/me/units?permission=emulation.report&kind=cdcs",
    ),
  );
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal("");
  const canReview = () => props.permissions.includes("emulation.review");
  const toggle = async (action: "close" | "reopen") => {
    setError("");
    try {
      await props.api.send(
        "POST",
        `/movements/${props.movement.id}/rounds/${props.schoolYear}/${action}`,
        action === "reopen" ? { reason: reason() } : {},
      );
      await refetchRound();
      await refetch();
    } catch (e) {
      setError(errorsOf(e).fields.reason ?? errorsOf(e).message);
    }
  };
  const link = (unitId: string) =>
    `${base(props.tenant)}/phong-trao/${props.movement.id}/ket-qua/${props.schoolYear}/${unitId}`;
  return (
    <section>
      <h2>
        {t("results.title")} {year(props.schoolYear)}
      </h2>
      <Show when={round()?.status === "closed"}>
        <p class="warning">{t("round.closed")}</p>
      </Show>
      <Show when={(reportable()?.items.length ?? 0) > 0}>
        <div class="button-row">
          <For each={reportable()?.items}>
            {(u) => (
              <a class="button button--secondary" href={link(u.id)}>
                {t("results.report")}: {u.name}
              </a>
            )}
          </For>
        </div>
      </Show>
      <Show when={!results.loading} fallback={<Loading label={t("common.loading")} />}>
        <Show when={(results()?.items.length ?? 0) > 0} fallback={<p class="muted">{t("results.empty")}</p>}>
          <ul class="record-list">
            <For each={results()?.items}>
              {(r) => (
                <li class="record">
                  <div class="record__head">
                    <a class="record__title" href={link(r.unitId)}>
                      {r.unitName}
                    </a>
                    <span
                      class="badge"
                      classList={{
                        "badge--warn": r.status === "returned",
                        "badge--muted": r.status === "draft",
                      }}
                    >
                      {t(`status.${r.status}`)}
                    </span>
                  </div>
                  <Show when={r.score !== undefined}>
                    <p class="record__meta">
                      {t("result.score")} {num(r.score, props.locale)} · {t(`class.${r.classification}`)}
                    </p>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <Show when={canReview()}>
        <Show
          when={round()?.status === "closed"}
          fallback={
            <button type="button" class="button button--secondary" onClick={() => toggle("close")}>
              {t("round.close")}
            </button>
          }
        >
          <Field id="em-reopen" label={t("round.reason")} error={error() || undefined}>
            <input
              id="em-reopen"
              class="input"
              value={reason()}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </Field>
          <button type="button" class="button button--secondary" onClick={() => toggle("reopen")}>
            {t("round.reopen")}
          </button>
        </Show>
        <Show when={error() && round()?.status !== "closed"}>
          <p class="form-error">{error()}</p>
        </Show>
      </Show>
    </section>
  );
}
