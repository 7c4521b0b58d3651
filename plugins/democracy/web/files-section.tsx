import { createSignal, For, Show } from "solid-js";
import type { SectionProps } from "./conference-parts";
import { downloadFile, uploadFile } from "./file-transfer";
import { FileUploadFields } from "./file-upload-fields";
import { LabelledField } from "./form-support";
import { num, t } from "./i18n";
import type { ConferenceView, FileRefView } from "./types";

/**
 * Uploads a file (straight to storage), then links it to the minutes or an adopted document. On a
 * locked conference without minutes the school's officer may still attach the minutes (`minutesOnly`).
 */
export function FilesSection(props: SectionProps & { editable: boolean; minutesOnly: boolean }) {
  const L = () => props.locale;
  const [fileError, setFileError] = createSignal("");
  const [busy, setBusy] = createSignal(false);

  async function download(ref: FileRefView) {
    if (!(await downloadFile(props.api, props.base, ref))) setFileError(t(L(), "noFile"));
  }

  async function upload(e: SubmitEvent) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const file = data.get("file");
    const target = String(data.get("target") ?? "minutes");
    setFileError("");
    if (!(file instanceof File) || file.size === 0) return setFileError(t(L(), "chooseFile"));
    setBusy(true);
    try {
      const sent = await uploadFile(props.api, props.base, file, L());
      if ("error" in sent) return setFileError(sent.error);
      const ref = sent.ref;
      const index = target === "minutes" ? -1 : Number(target);
      if (!props.editable) {
        await props.run(() =>
          props.api.send<ConferenceView>("POST", `${props.base}/minutes`, {
            version: props.conf.version,
            minutes: ref,
          }),
        );
        form.reset();
        return;
      }
      await props.run(() =>
        props.api.send<ConferenceView>(
          "PATCH",
          props.base,
          index < 0
            ? { version: props.conf.version, minutes: ref }
            : {
                version: props.conf.version,
                documents: props.conf.documents.map((d, i) => (i === index ? { ...d, file: ref } : d)),
              },
        ),
      );
      form.reset();
    } finally {
      setBusy(false);
    }
  }

  const fileLine = (label: string, ref: FileRefView | undefined) => (
    <li class="record">
      <span class="record__title">{label}</span>{" "}
      <Show when={ref} fallback={<span class="muted">{t(L(), "noFile")}</span>}>
        {(r) => (
          <button type="button" class="button button--link" onClick={() => void download(r())}>
            {r().fileName} ({num(L(), Math.ceil(r().size / 1024))} KB)
          </button>
        )}
      </Show>
    </li>
  );

  return (
    <section class="card">
      <h2>{t(L(), "files")}</h2>
      <ul class="record-list">
        {fileLine(t(L(), "minutes"), props.conf.minutes)}
        <For each={props.conf.documents}>{(d) => fileLine(d.title, d.file)}</For>
      </ul>
      <Show when={props.conf.status === "closed"}>
        <p class="muted">
          {props.conf.minutes
            ? t(L(), "minutesLocked")
            : props.minutesOnly
              ? t(L(), "minutesAfterClose")
              : t(L(), "minutesAfterCloseOthers")}
        </p>
      </Show>
      <Show when={props.editable || (props.minutesOnly && !props.conf.minutes)}>
        <form class="form" onSubmit={upload} novalidate>
          <LabelledField label={t(L(), "attachTo")}>
            <select class="input" name="target">
              <option value="minutes">{t(L(), "minutes")}</option>
              <For each={props.editable ? props.conf.documents : []}>
                {(d, i) => <option value={String(i())}>{d.title}</option>}
              </For>
            </select>
          </LabelledField>
          <FileUploadFields label={t(L(), "chooseFile")} error={fileError()} busy={busy()} locale={L()} />
        </form>
      </Show>
    </section>
  );
}
