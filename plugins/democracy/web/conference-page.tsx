import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { type Accessor, createResource, createSignal, Show } from "solid-js";
import { AdoptedDocumentsForm } from "./adopted-documents-form";
import { AttendanceForm, ElectionLine } from "./attendance-form";
import { CloseConferenceDialog } from "./close-conference-dialog";
import type { SectionProps } from "./conference-parts";
import { DraftsSection } from "./drafts-section";
import { FilesSection } from "./files-section";
import { errorsOf, type FieldErrors, fieldHelpers, LabelledField, StatusMessage } from "./form-support";
import { dateVi, num, t, yearLabel } from "./i18n";
import { ReminderBanner } from "./reminder-banner";
import { ResolutionForm } from "./resolution-form";
import { ReviewSection } from "./review-section";
import type { CampaignView, ConferenceView } from "./types";

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
  // The checklist of the conference's own campaign (its scope), not any campaign of the year.
  const [checklist] = createResource(
    () => conf() && `/campaigns/${conf()?.year}/${conf()?.scopeUnitId}?units=none`,
    (path) =>
      props.api
        .get<{ campaign: CampaignView }>(path)
        .then((r) => r.campaign.documents)
        .catch(() => []),
  );
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [message, setMessage] = createSignal("");
  const [confirmClose, setConfirmClose] = createSignal(false);
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
      // A conflict (stale version, locked…) in either language: show the current state.
      if ((e as { status?: number }).status === 409) await refetch();
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

  const helpers = fieldHelpers(errors);
  /** What every section gets from the page; getters, so a section follows the conference as it changes. */
  const sectionOf = (c: Accessor<ConferenceView>): SectionProps => ({
    get conf() {
      return c();
    },
    get base() {
      return base();
    },
    get api() {
      return props.api;
    },
    get locale() {
      return L();
    },
    run,
    errorAt: helpers.at,
    cls: helpers.cls,
    err: helpers.err,
  });

  return (
    <section class="page">
      <header class="page-header">
        <h1>
          {t(L(), "conference")} · {yearLabel(props.params.year)}
        </h1>
        <Show when={conf()}>{(c) => <p class="lead">{c().unitName}</p>}</Show>
      </header>
      <ReminderBanner {...props} />
      <StatusMessage text={message()} />
      <Show when={!conf.loading} fallback={<p class="muted">{t(L(), "loading")}</p>}>
        <Show
          when={conf()}
          fallback={
            <Show when={canHold()}>
              <form class="form card" onSubmit={prepare}>
                <h2>{t(L(), "prepare")}</h2>
                <LabelledField label={t(L(), "kind")} error={errors().kind}>
                  <select class="input" name="kind">
                    <option value="cbccvc">{t(L(), "cbccvc")}</option>
                    <option value="nld">{t(L(), "nld")}</option>
                  </select>
                </LabelledField>
                <LabelledField label={t(L(), "date")} error={errors()["preparation.date"]}>
                  <input class="input" type="date" name="date" required />
                </LabelledField>
                <LabelledField label={t(L(), "place")} error={errors()["preparation.place"]}>
                  <input class="input" name="place" required />
                </LabelledField>
                <LabelledField label={t(L(), "format")}>
                  <select class="input" name="format">
                    <option value="full">{t(L(), "full")}</option>
                    <option value="delegates">{t(L(), "delegates")}</option>
                  </select>
                </LabelledField>
                <LabelledField label={t(L(), "agenda")}>
                  <textarea class="input" name="agenda" rows="4" />
                </LabelledField>
                <button class="button" type="submit">
                  {t(L(), "save")}
                </button>
              </form>
            </Show>
          }
        >
          {(c) => {
            const section = sectionOf(c);
            const editable = () => c().status !== "closed" && canHold();
            return (
              <>
                <div class="card">
                  <p>
                    {t(L(), c().kind)} · {dateVi(c().preparation.date)} · {c().preparation.place}
                  </p>
                  <Show when={c().quorum}>
                    {(q) => (
                      // A whole sentence: a notice that wraps on a phone, not a one-line badge.
                      <p class={q().met ? "notice notice--success" : "warning"}>
                        {L() === "vi" && q().message
                          ? q().message
                          : q().met
                            ? t(L(), "quorumOk", { n: num(L(), q().needed) })
                            : t(L(), "quorumMissing", { n: num(L(), q().needed) })}
                      </p>
                    )}
                  </Show>
                  <ElectionLine conf={c()} locale={L()} />
                </div>
                <Show when={c().status !== "closed"} fallback={<p class="notice">{t(L(), "locked")}</p>}>
                  <Show when={canHold()}>
                    <AttendanceForm {...section} />
                    <AdoptedDocumentsForm
                      {...section}
                      checklist={checklist()}
                      onClose={() => setConfirmClose(true)}
                    />
                    <Show when={confirmClose()}>
                      <CloseConferenceDialog
                        conf={c()}
                        locale={L()}
                        onCancel={() => setConfirmClose(false)}
                        onConfirm={() => {
                          setConfirmClose(false);
                          void run(() =>
                            props.api.send<ConferenceView>("POST", `${base()}/close`, {
                              version: c().version,
                            }),
                          );
                        }}
                      />
                    </Show>
                  </Show>
                </Show>
                <Show when={editable()}>
                  <ResolutionForm {...section} />
                </Show>
                <DraftsSection {...section} editable={editable()} />
                <FilesSection
                  {...section}
                  editable={editable()}
                  minutesOnly={c().status === "closed" && canHold()}
                />
                <Show when={canReview()}>
                  <ReviewSection {...section} />
                </Show>
              </>
            );
          }}
        </Show>
      </Show>
    </section>
  );
}
