import { Show } from "solid-js";
import { useDocumentTitle } from "../components/document-title";
import { useI18n } from "../i18n/context";
import { useTenant } from "./tenant-context";

export function TenantHome() {
  const { t } = useI18n();
  const home = useTenant();
  useDocumentTitle(() => [t("tenant.overview"), home().tenant.shortName]);
  return (
    <>
      <h1>{home().tenant.name}</h1>
      <section class="card welcome-card" aria-labelledby="welcome-title">
        <h2 id="welcome-title">{t("tenant.welcome.title", { name: home().tenant.shortName })}</h2>
        <p>
          <Show when={home().modules.length > 0} fallback={t("tenant.noModules")}>
            {t("tenant.welcome.body")}
          </Show>
        </p>
      </section>
    </>
  );
}
