import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { dateTimeVi, dateVi, t, yearLabel } from "./i18n";
import type { ReminderView } from "./types";

/**
 * Reminders (nhắc nhở) sent to the signed-in officer's school, shown on top of every page of the
 * module a CĐCS officer lands on: who reminded, when, the deadline, a link to prepare, "seen".
 */
export function ReminderBanner(
  props: Pick<WebPluginRouteProps, "api" | "locale" | "permissions" | "tenant">,
) {
  const L = () => props.locale;
  const [items, { mutate }] = createResource(
    () => props.permissions.includes("democracy.hold"),
    async (allowed) => {
      if (!allowed) return [];
      try {
        return (await props.api.get<{ items: ReminderView[] }>("/reminders/mine")).items;
      } catch {
        return [];
      }
    },
  );
  const [error, setError] = createSignal("");

  async function markSeen(r: ReminderView) {
    setError("");
    try {
      const saved = await props.api.send<ReminderView>("POST", `/reminders/${r.year}/${r.unitId}/seen`, {
        version: r.version,
      });
      mutate((list) => (list ?? []).map((x) => (x.year === r.year && x.unitId === r.unitId ? saved : x)));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <For each={items() ?? []}>
      {(r) => (
        <Show
          when={!r.seen}
          fallback={
            <p class="notice">
              {t(L(), "reminderSeenLine", { date: dateTimeVi(r.seenAt), deadline: dateVi(r.deadline) })}{" "}
              <a href={`/t/${props.tenant}/m/democracy/conference/${r.year}/${r.unitId}`}>
                {t(L(), "reminderPrepare")}
              </a>
            </p>
          }
        >
          <div class="warning" role="alert">
            <p class="warning__title">
              {t(L(), "reminderTitle", { unit: r.unitName ?? r.unitId, year: yearLabel(r.year) })}
            </p>
            <p>{t(L(), "reminderFrom", { by: r.remindedBy, date: dateTimeVi(r.remindedAt), n: r.count })}</p>
            <Show when={r.deadline}>
              <p>{t(L(), "reminderDeadline", { date: dateVi(r.deadline) })}</p>
            </Show>
            <Show when={error()}>
              <p class="field__error">{error()}</p>
            </Show>
            <div class="button-row">
              <a class="button" href={`/t/${props.tenant}/m/democracy/conference/${r.year}/${r.unitId}`}>
                {t(L(), "reminderPrepare")}
              </a>
              <button type="button" class="button button--secondary" onClick={() => void markSeen(r)}>
                {t(L(), "reminderMarkSeen")}
              </button>
            </div>
          </div>
        </Show>
      )}
    </For>
  );
}
