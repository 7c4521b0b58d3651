import { Show } from "solid-js";
import { CopyButton } from "../components/copy-button";
import { useI18n } from "../i18n/context";
import { UnitField } from "../units/unit-field";

/**
 * Each row of an import file names its unit by code ("Mã đơn vị"), which people do not know by
 * heart: pick the unit here to see and copy its code.
 */
export function UnitCodeLookup(props: {
  unitId: string | undefined;
  onUnit: (id: string | undefined) => void;
}) {
  const { t } = useI18n();
  let code: HTMLElement | undefined;
  return (
    <div class="unit-code">
      <UnitField
        label={t("import.unitCode.label")}
        hint={t("import.unitCode.hint")}
        value={props.unitId}
        onValue={props.onUnit}
      />
      <Show when={props.unitId}>
        {(id) => (
          <p class="unit-code__value">
            {t("import.unitCode.value")}{" "}
            <code ref={code} class="secret__value">
              {id()}
            </code>{" "}
            <CopyButton text={id()} label={t("import.unitCode.copy")} fallbackTarget={() => code} />
          </p>
        )}
      </Show>
    </div>
  );
}
