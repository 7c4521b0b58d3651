import { useI18n } from "../i18n/context";
import { useDocumentTitle } from "./document-title";

export function ForbiddenView() {
  const { t } = useI18n();
  useDocumentTitle(() => [t("forbidden.title")]);
  return (
    <section class="status status--empty" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
    </section>
  );
}
