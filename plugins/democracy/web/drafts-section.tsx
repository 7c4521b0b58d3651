import { createSignal, For, Show } from "solid-js";
import type { SectionProps } from "./conference-parts";
import { downloadFile, uploadFile } from "./file-transfer";
import { FileUploadFields } from "./file-upload-fields";
import { num, t } from "./i18n";
import type { ConferenceView } from "./types";

/** Drafts (dự thảo) sent to staff before the conference: upload, then keep them in the preparation. */
export function DraftsSection(props: SectionProps & { editable: boolean }) {
  const L = () => props.locale;
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const drafts = () => props.conf.preparation.draftFiles ?? [];

  async function upload(e: SubmitEvent) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const file = new FormData(form).get("file");
    setError("");
    if (!(file instanceof File) || file.size === 0) return setError(t(L(), "chooseFile"));
    setBusy(true);
    try {
      const sent = await uploadFile(props.api, props.base, file, L());
      if ("error" in sent) return setError(sent.error);
      await props.run(() =>
        props.api.send<ConferenceView>("PATCH", props.base, {
          version: props.conf.version,
          preparation: { ...props.conf.preparation, draftFiles: [...drafts(), sent.ref] },
        }),
      );
      form.reset();
    } finally {
      setBusy(false);
    }
  }

  async function removeDraft(key: string, fileName: string) {
    if (!window.confirm(t(L(), "removeDraftConfirm", { name: fileName }))) return;
    setError("");
    await props.run(() =>
      props.api.send<ConferenceView>("DELETE", `${props.base}/drafts/${key}`, {
        version: props.conf.version,
      }),
    );
  }

  return (
    <section class="card">
      <h2>{t(L(), "drafts")}</h2>
      <Show when={drafts().length > 0} fallback={<p class="muted">{t(L(), "noDrafts")}</p>}>
        <ul class="record-list">
          <For each={drafts()}>
            {(ref) => (
              <li class="record">
                <button
                  type="button"
                  class="button button--link"
                  onClick={() =>
                    void downloadFile(props.api, props.base, ref).then((done) => {
                      if (!done) setError(t(L(), "noFile"));
                    })
                  }
                >
                  {ref.fileName} ({num(L(), Math.ceil(ref.size / 1024))} KB)
                </button>
                <Show when={props.editable}>
                  <button
                    type="button"
                    class="button button--link button--danger-text"
                    onClick={() => void removeDraft(ref.key, ref.fileName)}
                  >
                    {t(L(), "removeDraft")}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.editable && drafts().length < 20}>
        <form class="form" onSubmit={upload} novalidate>
          <FileUploadFields label={t(L(), "uploadDraft")} error={error()} busy={busy()} locale={L()} />
        </form>
      </Show>
    </section>
  );
}
