import { type PluginApi, uploadDirect, type WebLocale } from "@congdoan/plugin-sdk/web";
import { createSignal, For, Show } from "solid-js";
import { fileSize, textFor } from "./text";

/** An evidence file kept by the API (`POST …/evidence`): its key goes into the nomination's `evidenceKeys`. */
export interface EvidenceFile {
  key: string;
  fileName: string;
  size: number;
}

const MAX_FILES = 10;
/** The host's limit (`files.maxBytes`), checked here too so nothing is sent for nothing. */
const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED = ".pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.csv";

/** The upload form route needs the nominating unit: added to the body `uploadDirect` sends. */
function withUnit(api: PluginApi, unitId: string): PluginApi {
  return {
    ...api,
    send: (method, path, body) => api.send(method, path, { ...(body as object), unitId }),
  };
}

/**
 * Pick a file → it goes straight to storage → the API keeps it → listed with its name and size.
 * The server's refusals (too large 413, wrong type 415, in the caller's language) show under the field.
 */
export function EvidenceField(props: {
  api: PluginApi;
  programmeId: string;
  unitId: string;
  locale: WebLocale;
  files: EvidenceFile[];
  onChange: (files: EvidenceFile[]) => void;
}) {
  const t = () => textFor(props.locale);
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const base = () => `/programmes/${encodeURIComponent(props.programmeId)}/evidence`;

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setError("");
    if (props.files.length >= MAX_FILES) {
      setError(t().evidenceTooMany);
      input.value = "";
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t().evidenceTooLarge.replace("{size}", fileSize(file.size, props.locale)));
      input.value = "";
      return;
    }
    setBusy(true);
    try {
      const uploaded = await uploadDirect(
        withUnit(props.api, props.unitId),
        `${base()}/upload-form`,
        file,
        props.locale,
      );
      const kept = await props.api.send<EvidenceFile>("POST", base(), { unitId: props.unitId, ...uploaded });
      props.onChange([...props.files, { key: kept.key, fileName: kept.fileName, size: kept.size }]);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
      input.value = "";
    }
  }

  return (
    <div class="field" classList={{ "field--invalid": !!error() }}>
      <label class="field__label" for="sch-evidence">
        {t().evidence}
      </label>
      <input
        id="sch-evidence"
        class="input"
        type="file"
        accept={ACCEPTED}
        disabled={busy() || !props.unitId}
        onChange={(e) => void upload(e.currentTarget)}
      />
      <p class="field__hint">{busy() ? t().evidenceUploading : t().evidenceHint}</p>
      <Show when={error()}>
        <p class="field__error" role="alert">
          {error()}
        </p>
      </Show>
      <EvidenceList
        files={props.files}
        locale={props.locale}
        onRemove={(key) => props.onChange(props.files.filter((f) => f.key !== key))}
      />
    </div>
  );
}

/** The attached files with their sizes; a remove button while the nomination is being written. */
export function EvidenceList(props: {
  files: EvidenceFile[];
  locale: WebLocale;
  onRemove?: (key: string) => void;
}) {
  const t = () => textFor(props.locale);
  return (
    <Show when={props.files.length > 0} fallback={<p class="muted">{t().evidenceNone}</p>}>
      <ul class="card-list" aria-label={t().evidence}>
        <For each={props.files}>
          {(f) => (
            <li class="card">
              <span>{f.fileName}</span> · <span>{fileSize(f.size, props.locale)}</span>
              <Show when={props.onRemove}>
                {(remove) => (
                  <button type="button" class="button button--secondary" onClick={() => remove()(f.key)}>
                    {t().evidenceRemove}
                  </button>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
