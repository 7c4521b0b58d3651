import { useDocumentTitle } from "../components/document-title";
import { useI18n } from "../i18n/context";
import { useTenant } from "./tenant-context";

export function ModuleDisabled() {
  const { t } = useI18n();
  const home = useTenant();
  useDocumentTitle(() => [t("module.disabled.title"), home().tenant.shortName]);
  return (
    <section class="status status--empty" aria-labelledby="module-disabled-title">
      <h1 id="module-disabled-title">{t("module.disabled.title")}</h1>
      <p>{t("module.disabled.body")}</p>
    </section>
  );
}
