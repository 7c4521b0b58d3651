import { createMemo, For, Show } from "solid-js";
import {
  type ChecklistEntry,
  type DocumentAction,
  documentActions,
  documentRows,
  documentsToSave,
} from "../src/adopted-documents";
import type { SectionProps } from "./conference-parts";
import { t } from "./i18n";
import type { ConferenceView } from "./types";

const actionKey: Record<DocumentAction, "actionReviewed" | "actionRevised" | "actionNew"> = {
  reviewed: "actionReviewed",
  revised: "actionRevised",
  new: "actionNew",
};

/**
 * Văn bản thông qua: the campaign's checklist, each item ticked with its saved action (new / revised /
 * kept) — restored from the conference on every load — and the close button.
 */
export function AdoptedDocumentsForm(
  props: SectionProps & { checklist: ChecklistEntry[] | undefined; onClose: () => void },
) {
  const L = () => props.locale;
  const rows = createMemo(() => documentRows(props.checklist ?? [], props.conf.documents));

  function save(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const documents = documentsToSave(rows(), props.conf.documents, (key) => ({
      adopted: f.get(`doc-${key}`) !== null,
      action: String(f.get(`action-${key}`) ?? "reviewed"),
    }));
    void props.run(() =>
      props.api.send<ConferenceView>("PATCH", props.base, { version: props.conf.version, documents }),
    );
  }

  return (
    <form class="form card" onSubmit={save}>
      <h2>{t(L(), "adopted")}</h2>
      <Show when={props.checklist} fallback={<p class="muted">{t(L(), "loading")}</p>}>
        <Show when={rows().length > 0} fallback={<p class="muted">{t(L(), "noChecklist")}</p>}>
          <fieldset class="fieldset">
            <legend class="visually-hidden">{t(L(), "adopted")}</legend>
            <For each={rows()}>
              {(row) => (
                <div class={props.cls("documents")}>
                  <label class="field field--check">
                    <input class="checkbox" type="checkbox" name={`doc-${row.key}`} checked={row.adopted} />
                    <span>{row.title}</span>
                    <Show when={row.hasFile}>
                      <span class="badge badge--muted">{t(L(), "hasFile")}</span>
                    </Show>
                  </label>
                  <select
                    class="input"
                    name={`action-${row.key}`}
                    aria-label={`${t(L(), "documentAction")}: ${row.title}`}
                  >
                    <For each={documentActions}>
                      {(a) => (
                        <option value={a} selected={row.action === a}>
                          {t(L(), actionKey[a])}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
              )}
            </For>
          </fieldset>
        </Show>
      </Show>
      {props.err("documents")}
      <div class="button-row">
        <button class="button" type="submit">
          {t(L(), "save")}
        </button>
        <button class="button button--secondary" type="button" onClick={() => props.onClose()}>
          {t(L(), "closeConf")}
        </button>
      </div>
    </form>
  );
}
