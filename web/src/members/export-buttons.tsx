import { createSignal, For } from "solid-js";
import { errorMessage } from "../api/error-message";
import { type ExportFormat, membersApi } from "../api/members";
import { useAuth } from "../auth/auth-context";
import { saveBlob } from "../forms/download";
import { useI18n } from "../i18n/context";

const FORMATS: { format: ExportFormat; label: "member.export.csv" | "member.export.xlsx" }[] = [
  { format: "csv", label: "member.export.csv" },
  { format: "xlsx", label: "member.export.xlsx" },
];

/** "Xuất CSV" / "Xuất Excel": fetched with the token, then saved from a blob. */
export function ExportButtons(props: { unitId: string | undefined }) {
  const { t } = useI18n();
  const auth = useAuth();
  const [busy, setBusy] = createSignal<ExportFormat>();
  const [error, setError] = createSignal<string>();

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(undefined);
    try {
      const file = await membersApi.export(auth.api, auth.tenant, format, props.unitId);
      saveBlob(file.blob, file.fileName ?? `doan-vien.${format}`);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <For each={FORMATS}>
        {(item) => (
          <button
            type="button"
            class="button button--secondary"
            disabled={busy() !== undefined}
            aria-busy={busy() === item.format}
            onClick={() => run(item.format)}
          >
            {busy() === item.format ? t("member.export.working") : t(item.label)}
          </button>
        )}
      </For>
      <span role="alert" class="inline-error">
        {error()}
      </span>
    </>
  );
}
