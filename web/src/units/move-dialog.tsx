import { createSignal } from "solid-js";
import { isVersionMismatch } from "../api/conflict";
import { errorMessage } from "../api/error-message";
import { type Unit, unitsApi } from "../api/units";
import { useAuth } from "../auth/auth-context";
import { Dialog } from "../components/dialog";
import { FormError } from "../components/form-messages";
import { useI18n } from "../i18n/context";
import { moveTargets } from "./tree";
import { UnitPicker } from "./unit-picker";
import { useUnits } from "./units-context";

/** "Chuyển đến…": pick a new parent; the unit's own subtree is never offered. */
export function MoveDialog(props: {
  unit: Unit;
  onClose: () => void;
  onDone: (unit: Unit, message: string) => void;
  onStale: () => void;
}) {
  const { t } = useI18n();
  const auth = useAuth();
  const store = useUnits();
  const [target, setTarget] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const move = async () => {
    const newParentId = target();
    if (!newParentId) return;
    setBusy(true);
    setError(undefined);
    try {
      const moved = await unitsApi.move(auth.api, auth.tenant, props.unit.id, {
        expectedVersion: props.unit.version,
        newParentId,
      });
      props.onDone(moved, t("unit.moved", { name: moved.name, parent: store.nameOf(newParentId) }));
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
    <Dialog title={t("unit.move.title", { name: props.unit.name })} onClose={props.onClose} wide>
      <p class="muted">{t("unit.move.lead", { parent: store.nameOf(props.unit.parentId ?? undefined) })}</p>
      <UnitPicker
        candidates={moveTargets(store.list(), props.unit.id)}
        byId={store.byId()}
        value={target()}
        onChange={setTarget}
        legend={t("unit.move.legend")}
      />
      <FormError message={error()} />
      <div class="button-row">
        <button type="button" class="button" disabled={!target() || busy()} onClick={move}>
          {busy() ? t("action.working") : t("unit.move.submit")}
        </button>
        <button type="button" class="button button--secondary" onClick={() => props.onClose()}>
          {t("action.cancel")}
        </button>
      </div>
    </Dialog>
  );
}
