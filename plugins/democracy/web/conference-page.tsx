import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { AttendanceForm } from "./attendance-form";
import { DraftsSection } from "./drafts-section";
import { FilesSection } from "./files-section";
import { errorsOf, type FieldErrors, fieldHelpers } from "./form-support";
import { dateVi, num, t, yearLabel } from "./i18n";
import { ReminderBanner } from "./reminder-banner";
import { ResolutionForm } from "./resolution-form";
import { ReviewSection } from "./review-section";
import type { ConferenceView } from "./types";

/** One unit's conference: prepare it, record attendance and adopted documents, close it. */
export default function ConferencePage(props: WebPluginRouteProps) {
  const L = () => props.locale;
  const base = () => `/conferences/${props.params.year}/${props.params.unitId}`;
  const [conf, { mutate, refetch }] = createResource(base, async (path) => {
    try {
      return await props.api.get<ConferenceView>(path);
    } catch {
      return undefined;
    }
  });
  const [checklist] = createResource(
    () => conf()?.year && `/campaigns?year=${conf()?.year}`,
    (path) => props.api.get<{ items: { documents: { id: string; title: string }[] }[] }>(path),
  );
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [message, setMessage] = createSignal("");
  const canHold = () => props.permissions.includes("democracy.hold");
  const canReview = () => props.permissions.includes("democracy.review");

  async function run(action: () => Promise<ConferenceView>) {
    setErrors({});
    setMessage("");
    try {
      mutate(await action());
      setMessage(t(L(), "saved"));
    } catch (e) {
      setErrors(errorsOf(e));
      setMessage((e as Error).message);
      if ((e as Error).message.includes("thay đổi")) await refetch();
    }
  }

  function prepare(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    void run(() =>
      props.api.send<ConferenceView>("POST", base(), {
        kind: f.get("kind"),
        preparation: {
          date: f.get("date"),
          place: f.get("place"),
          format: f.get("format"),
          agenda: String(f.get("agenda") ?? "")
            .split("\n")
            .map((s) => s.trim())
            .filter(Boolean),
        },
      }),
    );
  }

  function record(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const docs = (checklist()?.items[0]?.documents ?? [])
      .filter((d) => f.get(`doc-${d.id}`))
      .map((d) => ({
        checklistId: d.id,
        title: d.title,
        action: String(f.get(`action-${d.id}`) ?? "reviewed"),
      }));
    void run(() =>
      props.api.send<ConferenceView>("PATCH", base(), {
        version: conf()?.version,
        documents: docs,
      }),
    );
  }

  const helpers = fieldHelpers(errors);
  const field = (name: string) => (errors()[name] ? "field field--invalid" : "field");
  const fieldError = (name: string) => (
    <Show when={errors()[name]}>
      <span class="inline-error">{errors()[name]}</span>
    </Show>
  );

  return (
    <section class="page">
      <header class="page-header">
        <h1>
          {t(L(), "conference")} · {yearLabel(props.params.year)}
        </h1>
        <Show when={conf()}>{(c) => <p class="lead">{c().unitName}</p>}</Show>
      </header>
      <ReminderBanner
        api={props.api}
        locale={props.locale}
        permissions={props.permissions}
        tenant={props.tenant}
      />
      <Show when={message()}>
        <p class="notice" role="status">
          {message()}
        </p>
      </Show>
      <Show when={!conf.loading} fallback={<p class="muted">{t(L(), "loading")}</p>}>
        <Show
          when={conf()}
          fallback={
            <Show when={canHold()}>
              <form class="form card" onSubmit={prepare}>
                <h2>{t(L(), "prepare")}</h2>
                <label class={field("kind")}>
                  <span>{t(L(), "kind")}</span>
                  <select class="input" name="kind">
                    <option value="cbccvc">{t(L(), "cbccvc")}</option>
                    <option value="nld">{t(L(), "nld")}</option>
                  </select>
                  {fieldError("kind")}
                </label>
                <label class={field("preparation.date")}>
                  <span>{t(L(), "date")}</span>
                  <input class="input" type="date" name="date" required />
                  {fieldError("preparation.date")}
                </label>
                <label class={field("preparation.place")}>
                  <span>{t(L(), "place")}</span>
                  <input class="input" name="place" required />
                  {fieldError("preparation.place")}
                </label>
                <label class="field">
                  <span>{t(L(), "format")}</span>
                  <select class="input" name="format">
                    <option value="full">{t(L(), "full")}</option>
                    <option value="delegates">{t(L(), "delegates")}</option>
                  </select>
                </label>
                <label class="field">
                  <span>{t(L(), "agenda")}</span>
                  <textarea class="input" name="agenda" rows="4" />
                </label>
                <button class="button" type="submit">
                  {t(L(), "save")}
                </button>
              </form>
            </Show>
          }
        >
          {(c) => (
            <>
              <div class="card">
                <p>
                  {t(L(), c().kind)} · {dateVi(c().preparation.date)} · {c().preparation.place}
                </p>
                <Show when={c().quorum}>
                  {(q) => (
                    <p class={q().met ? "badge" : "badge badge--warn"}>
                      {L() === "vi" && q().message
                        ? q().message
                        : q().met
                          ? t(L(), "quorumOk", { n: num(L(), q().needed) })
                          : t(L(), "quorumMissing", { n: num(L(), q().needed) })}
                    </p>
                  )}
                </Show>
              </div>
              <Show when={c().status !== "closed"} fallback={<p class="notice">{t(L(), "locked")}</p>}>
                <Show when={canHold()}>
                  <AttendanceForm
                    conf={c()}
                    base={base()}
                    api={props.api}
                    locale={L()}
                    run={run}
                    cls={helpers.cls}
                    err={helpers.err}
                  />
                  <form class="form card" onSubmit={record}>
                    <h2>{t(L(), "adopted")}</h2>
                    <fieldset class="fieldset">
                      <legend class="visually-hidden">{t(L(), "adopted")}</legend>
                      <For each={checklist()?.items[0]?.documents ?? []}>
                        {(d) => (
                          <div class="field">
                            <label class="checkbox">
                              <input
                                type="checkbox"
                                name={`doc-${d.id}`}
                                checked={c().documents.some((x) => x.checklistId === d.id)}
                              />
                              {d.title}
                            </label>
                            <select class="input" name={`action-${d.id}`}>
                              <option value="reviewed">{L() === "vi" ? "Rà soát" : "Reviewed"}</option>
                              <option value="revised">{L() === "vi" ? "Sửa đổi" : "Revised"}</option>
                              <option value="new">{L() === "vi" ? "Ban hành mới" : "New"}</option>
                            </select>
                          </div>
                        )}
                      </For>
                    </fieldset>
                    <div class="button-row">
                      <button class="button" type="submit">
                        {t(L(), "save")}
                      </button>
                      <button
                        class="button button--secondary"
                        type="button"
                        onClick={() =>
                          void run(() =>
                            props.api.send<ConferenceView>("POST", `${base()}/close`, {
                              version: c().version,
                            }),
                          )
                        }
                      >
                        {t(L(), "closeConf")}
                      </button>
                    </div>
                  </form>
                </Show>
              </Show>
              <Show when={c().status !== "closed" && canHold()}>
                <ResolutionForm
                  conf={c()}
                  base={base()}
                  api={props.api}
                  locale={L()}
                  run={run}
                  cls={helpers.cls}
                  err={helpers.err}
                />
              </Show>
              <DraftsSection
                conf={c()}
                base={base()}
                api={props.api}
                locale={L()}
                run={run}
                cls={helpers.cls}
                err={helpers.err}
                editable={c().status !== "closed" && canHold()}
              />
              <FilesSection
                conf={c()}
                base={base()}
                api={props.api}
                locale={L()}
                run={run}
                cls={helpers.cls}
                err={helpers.err}
                editable={c().status !== "closed" && canHold()}
              />
              <Show when={canReview()}>
                <ReviewSection
                  conf={c()}
                  base={base()}
                  api={props.api}
                  locale={L()}
                  run={run}
                  cls={helpers.cls}
                  err={helpers.err}
                />
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
