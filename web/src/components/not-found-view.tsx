import { A } from "@solidjs/router";
import { useI18n } from "../i18n/context";
import { useDocumentTitle } from "./document-title";

/** Used both for unknown URLs and for 404s from the API (with the server's message). */
export function NotFoundView(props: { message?: string | undefined }) {
  const { t } = useI18n();
  useDocumentTitle(() => [t("notFound.title")]);
  return (
    <section class="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("notFound.title")}</h1>
      <p>{props.message ?? t("notFound.body")}</p>
      <p>
        <A href="/" class="button">
          {t("notFound.home")}
        </A>
      </p>
    </section>
  );
}
