import { useI18n } from "../i18n/context";

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer class="site-footer">
      <div class="container">
        <p>{t("app.footer")}</p>
      </div>
    </footer>
  );
}
