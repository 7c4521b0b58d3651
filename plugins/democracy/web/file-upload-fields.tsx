import type { WebLocale } from "@congdoan/plugin-sdk/web";
import { LabelledField } from "./form-support";
import { t } from "./i18n";

/** The file field of an upload form and its "Tải lên" button; the message of the last attempt beside the field. */
export function FileUploadFields(props: { label: string; error: string; busy: boolean; locale: WebLocale }) {
  return (
    <>
      <LabelledField label={props.label} error={props.error}>
        <input class="input input--file" type="file" name="file" />
      </LabelledField>
      <button class="button button--secondary" type="submit" disabled={props.busy}>
        {t(props.locale, "upload")}
      </button>
    </>
  );
}
