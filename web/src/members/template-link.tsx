import { createMemo, onCleanup } from "solid-js";
import { useI18n } from "../i18n/context";
import { memberTemplateCsv, TEMPLATE_FILE_NAME } from "./template-csv";

/** A real download link to the CSV template, generated in the browser (no request to the server). */
export function TemplateLink() {
  const { t } = useI18n();
  const url = createMemo(() =>
    URL.createObjectURL(new Blob([memberTemplateCsv()], { type: "text/csv;charset=utf-8" })),
  );
  onCleanup(() => URL.revokeObjectURL(url()));
  return (
    <a class="button button--secondary" href={url()} download={TEMPLATE_FILE_NAME}>
      {t("import.template")}
    </a>
  );
}
