import { createSignal, Show } from "solid-js";
import { isVersionMismatch } from "../api/conflict";
import { errorMessage } from "../api/error-message";
import { type Unit, unitsApi } from "../api/units";
import { useAuth } from "../auth/auth-context";
import { Dialog } from "../components/dialog";
import { CheckboxField } from "../components/field";
import { FormError } from "../components/form-messages";
import { useI18n } from "../i18n/context";
import { formatNumber } from "../i18n/format";
import { mergeTargets } from "./tree";
import { UnitPicker } from "./unit-picker";
import { useUnits } from "./units-context";

/** "Sáp nhập vào…": pick the target, then confirm against an explicit warning (it cannot be undone). */
export function MergeDialog(props: {
  unit: Unit;
  onClose: () => void;
  onDone: (target: Unit, message: string) => void;
  onStale: () => void;
}) {
  const { t } = useI18n();
  const auth = useAuth();
  const store = useUnits();
  const [target, setTarget] = createSignal<string>();
  const [step, setStep] = createSignal<"pick" | "confirm">("pick");
  const [understood, setUnderstood] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const children = () =>
    store.list().filter((u) => u.parentId === props.unit.id && u.status === "active").length;

  const merge = async () => {
    const intoUnitId = target();
    if (!intoUnitId || !understood()) return;
    setBusy(true);
    setError(undefined);
    try {
      const into = await unitsApi.merge(auth.api, auth.tenant, props.unit.id, {
        expectedVersion: props.unit.version,
        intoUnitId,
      });
      props.onDone(into, t("unit.merged", { source: props.unit.name, target: into.name }));
    } catch (e) {
      if (isVersionMismatch(e)) {
        setError(t("conflict.reloaded"));
        props.onStale();
      } else setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("unit.merge.title", { name: props.unit.name })} onClose={props.onClose} wide>
      <Show
        when={step() === "confirm"}
        fallback={
          <>
            <UnitPicker
              candidates={mergeTargets(store.list(), props.unit.id)}
              byId={store.byId()}
              value={target()}
              onChange={setTarget}
              legend={t("unit.merge.legend")}
            />
            <div class="button-row">
              <button type="button" class="button" disabled={!target()} onClick={() => setStep("confirm")}>
                {t("action.next")}
              </button>
              <button type="button" class="button button--secondary" onClick={() => props.onClose()}>
                {t("action.cancel")}
              </button>
            </div>
          </>
        }
      >
        <div class="warning" role="alert">
          <p class="warning__title">{t("unit.merge.warningTitle")}</p>
          <p>
            {t("unit.merge.warning", {
              source: props.unit.name,
              target: store.nameOf(target()),
              members: formatNumber(props.unit.memberCount),
              children: formatNumber(children()),
            })}
          </p>
        </div>
        <CheckboxField label={t("unit.merge.understood")} checked={understood()} onValue={setUnderstood} />
        <FormError message={error()} />
        <div class="button-row">
          <button
            type="button"
            class="button button--danger"
            disabled={!understood() || busy()}
            onClick={merge}
          >
            {busy() ? t("action.working") : t("unit.merge.submit")}
          </button>
          <button type="button" class="button button--secondary" onClick={() => setStep("pick")}>
            {t("action.back")}
          </button>
        </div>
      </Show>
    </Dialog>
  );
}
