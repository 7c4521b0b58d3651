import { A, useSearchParams } from "@solidjs/router";
import { createSignal, createUniqueId, For, type JSX, Match, Show, Switch } from "solid-js";
import { errorMessage } from "../api/error-message";
import { type ImportPreview, type ImportRequest, type ImportResult, membersApi } from "../api/members";
import { useAuth } from "../auth/auth-context";
import { useDocumentTitle } from "../components/document-title";
import { describedBy, errorId, hintId } from "../components/field";
import { ForbiddenView } from "../components/forbidden-view";
import { FormError } from "../components/form-messages";
import { PageHeader } from "../components/page-header";
import { focusFirstInvalid } from "../forms/focus";
import { useI18n } from "../i18n/context";
import { formatNumber } from "../i18n/format";
import type { MessageKey } from "../i18n/vi";
import { PAGES, tenantHref } from "../tenant/paths";
import { useTenant } from "../tenant/tenant-context";
import { fileToBase64, hasImportExtension, MAX_IMPORT_BYTES } from "./file-base64";
import { ImportErrorTable } from "./import-error-table";
import { TemplateLink } from "./template-link";
import { UnitCodeLookup } from "./unit-code-lookup";

type Step = "choose" | "preview" | "done";
const STEPS: { step: Step; label: MessageKey }[] = [
  { step: "choose", label: "import.step.choose" },
  { step: "preview", label: "import.step.preview" },
  { step: "done", label: "import.step.done" },
];

/** /t/:tenant/doan-vien/nhap — choose a file → check it → import the valid rows → result. */
export function ImportPage() {
  const auth = useAuth();
  return (
    <Show when={auth.can("members.write")} fallback={<ForbiddenView />}>
      <ImportWizard />
    </Show>
  );
}

function ImportWizard() {
  const { t } = useI18n();
  const auth = useAuth();
  const home = useTenant();
  const [params] = useSearchParams<{ unitId?: string }>();
  const fileId = createUniqueId();
  const [step, setStep] = createSignal<Step>("choose");
  const [file, setFile] = createSignal<File>();
  const [unitId, setUnitId] = createSignal<string | undefined>(params.unitId);
  const [fileError, setFileError] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [request, setRequest] = createSignal<ImportRequest>();
  const [preview, setPreview] = createSignal<ImportPreview>();
  const [result, setResult] = createSignal<ImportResult>();
  let heading: HTMLHeadingElement | undefined;
  useDocumentTitle(() => [t("import.title"), home().tenant.shortName]);

  const go = (next: Step) => {
    setStep(next);
    setError(undefined);
    // Announce the new step: focus its heading (rendered on the next tick).
    queueMicrotask(() => heading?.focus());
  };

  const check = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const chosen = file();
    setError(undefined);
    const fail = (message: string) => {
      setFileError(message);
      focusFirstInvalid(form);
    };
    if (!chosen) return fail(t("import.file.required"));
    if (!hasImportExtension(chosen.name)) return fail(t("import.file.type"));
    if (chosen.size > MAX_IMPORT_BYTES) {
      return fail(
        t("import.file.tooLarge", { max: formatNumber(Math.round(MAX_IMPORT_BYTES / 1024 / 1024)) }),
      );
    }
    setFileError(undefined);
    setBusy(true);
    try {
      const body: ImportRequest = {
        fileName: chosen.name,
        contentBase64: await fileToBase64(chosen),
      };
      setPreview(await membersApi.previewImport(auth.api, auth.tenant, body));
      setRequest(body);
      go("preview");
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    const body = request();
    if (!body) return;
    setBusy(true);
    setError(undefined);
    try {
      setResult(await membersApi.confirmImport(auth.api, auth.tenant, body));
      go("done");
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    setFile(undefined);
    setPreview(undefined);
    setResult(undefined);
    setRequest(undefined);
    go("choose");
  };

  const stepIndex = () => STEPS.findIndex((s) => s.step === step());

  return (
    <>
      <PageHeader title={t("import.title")} lead={t("import.lead")} />
      <ol class="steps" aria-label={t("import.steps")}>
        <For each={STEPS}>
          {(s, i) => (
            <li
              class="steps__item"
              classList={{ "is-current": s.step === step(), "is-done": i() < stepIndex() }}
              aria-current={s.step === step() ? "step" : undefined}
            >
              <span class="steps__number" aria-hidden="true">
                {i() + 1}
              </span>
              {t(s.label)}
            </li>
          )}
        </For>
      </ol>

      <Switch>
        <Match when={step() === "choose"}>
          <section aria-labelledby="import-step-title">
            <h2 id="import-step-title" ref={heading} tabIndex={-1}>
              {t("import.step.choose")}
            </h2>
            <form class="form" onSubmit={check} noValidate>
              <div class="field" classList={{ "field--invalid": !!fileError() }}>
                <label class="field__label" for={fileId}>
                  {t("import.file.label")}
                  <span class="field__required" aria-hidden="true">
                    {" "}
                    *
                  </span>
                </label>
                <input
                  id={fileId}
                  type="file"
                  class="input input--file"
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  required
                  aria-invalid={fileError() ? true : undefined}
                  aria-describedby={describedBy(fileId, true, fileError())}
                  onChange={(e) => {
                    setFile(e.currentTarget.files?.[0]);
                    setFileError(undefined);
                  }}
                />
                <p class="field__hint" id={hintId(fileId)}>
                  {t("import.file.hint")}
                </p>
                <Show when={fileError()}>
                  <p class="field__error" id={errorId(fileId)}>
                    {fileError()}
                  </p>
                </Show>
              </div>
              <FormError message={error()} />
              <div class="button-row">
                <button type="submit" class="button" disabled={busy()} aria-busy={busy()}>
                  {busy() ? t("import.checking") : t("import.check")}
                </button>
                <TemplateLink />
              </div>
            </form>
            <section class="card help-card" aria-labelledby="import-help-title">
              <h3 id="import-help-title">{t("import.help.title")}</h3>
              <ul>
                <li>{t("import.help.columns")}</li>
                <li>{t("import.help.dates")}</li>
                <li>{t("import.help.values")}</li>
                <li>{t("import.help.update")}</li>
              </ul>
              <UnitCodeLookup unitId={unitId()} onUnit={setUnitId} />
            </section>
          </section>
        </Match>

        <Match when={step() === "preview" && preview()}>
          {(p) => (
            <section aria-labelledby="import-step-title">
              <h2 id="import-step-title" ref={heading} tabIndex={-1}>
                {t("import.step.preview")}
              </h2>
              <p class="muted">{t("import.preview.file", { name: request()?.fileName ?? "" })}</p>
              <Show when={p().ignoredColumns?.length}>
                <p class="muted">
                  {t("import.preview.ignored", { columns: p().ignoredColumns?.join(", ") ?? "" })}
                </p>
              </Show>
              <dl class="counts">
                <Count label={t("import.count.total")} value={p().total} />
                <Count label={t("import.count.valid")} value={p().valid} />
                <Count label={t("import.count.toCreate")} value={p().toCreate} />
                <Count label={t("import.count.toUpdate")} value={p().toUpdate} />
                <Count label={t("import.count.unchanged")} value={p().unchanged} />
                <Count
                  label={t("import.count.bad")}
                  value={p().badRows.length}
                  tone={p().badRows.length > 0 ? "bad" : undefined}
                />
              </dl>
              <Show
                when={p().errors.length > 0}
                fallback={<p class="notice notice--success">{t("import.preview.noErrors")}</p>}
              >
                <p class="notice">
                  {t("import.preview.hasErrors", { count: formatNumber(p().badRows.length) })}
                </p>
                <ImportErrorTable errors={p().errors} />
              </Show>
              <FormError message={error()} />
              <div class="button-row">
                <button
                  type="button"
                  class="button"
                  disabled={busy() || p().valid === 0}
                  aria-busy={busy()}
                  onClick={confirm}
                >
                  {busy() ? t("import.importing") : t("import.confirm", { count: formatNumber(p().valid) })}
                </button>
                <button type="button" class="button button--secondary" disabled={busy()} onClick={restart}>
                  {t("import.otherFile")}
                </button>
              </div>
            </section>
          )}
        </Match>

        <Match when={step() === "done" && result()}>
          {(r) => (
            <section aria-labelledby="import-step-title">
              <h2 id="import-step-title" ref={heading} tabIndex={-1}>
                {t("import.step.done")}
              </h2>
              <p class="notice notice--success">{t("import.done.lead")}</p>
              <dl class="counts">
                <Count label={t("import.count.created")} value={r().created} />
                <Count label={t("import.count.updated")} value={r().updated} />
                <Count label={t("import.count.unchanged")} value={r().unchanged} />
                <Count
                  label={t("import.count.skipped")}
                  value={r().skipped}
                  tone={r().skipped > 0 ? "bad" : undefined}
                />
              </dl>
              <div class="button-row">
                <A class="button" href={tenantHref(auth.tenant, PAGES.members, [], { unitId: unitId() })}>
                  {t("import.done.toList")}
                </A>
                <button type="button" class="button button--secondary" onClick={restart}>
                  {t("import.done.again")}
                </button>
              </div>
            </section>
          )}
        </Match>
      </Switch>
    </>
  );
}

function Count(props: { label: string; value: number; tone?: "bad" | undefined }): JSX.Element {
  return (
    <div class="counts__item" classList={{ "counts__item--bad": props.tone === "bad" }}>
      <dt>{props.label}</dt>
      <dd>{formatNumber(props.value)}</dd>
    </div>
  );
}
