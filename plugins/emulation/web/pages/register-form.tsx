import { formatDate } from "@congdoan/core/format";
import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import type { Movement, Registration } from "../../src/model";
import type { T } from "../i18n";
import { type ApiError, type Errors, errorsOf, Field } from "../ui";

type M = Movement & { version: number };
type Stored = Registration & { version: number };

/**
 * A unit registers for the movement: only the units of the movement's audience are offered; once
 * registered (or waiting for approval, or refused) the unit's status replaces the form.
 */
export function RegisterForm(props: WebPluginRouteProps & { movement: M; t: T }) {
  const t = props.t;
  const [units] = createResource(() =>
    props.api.get<{ items: { id: string; name: string }[] }>(
      `/me/units?permission=emulation.register&kind=any&movementId=${encodeURIComponent(props.movement.id)}`,
    ),
  );
  const [picked, setPicked] = createSignal("");
  const unitId = () => picked() || units()?.items[0]?.id || "";
  const [registration, { mutate }] = createResource(unitId, async (id) => {
    try {
      return await props.api.get<Stored>(`/movements/${props.movement.id}/registrations/${id}`);
    } catch (error) {
      if ((error as ApiError).code === "not_found") return null;
      throw error;
    }
  });
  const [titles, setTitles] = createSignal<string[]>([]);
  const [message, setMessage] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>();
  const [busy, setBusy] = createSignal(false);
  const offersTitles = () => props.movement.titles.length > 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    // A second tap while the first is on its way sends nothing.
    if (busy()) return;
    setErrors(undefined);
    setMessage("");
    if (offersTitles() && titles().length === 0) {
      setErrors({ message: t("form.fix"), fields: { titles: t("register.titlesRequired") } });
      return;
    }
    setBusy(true);
    try {
      const reg = await props.api.send<Stored>("POST", `/movements/${props.movement.id}/registrations`, {
        unitId: unitId(),
        titles: titles(),
      });
      mutate(reg);
      setMessage(reg.status === "pending" ? t("register.pending") : t("register.done"));
    } catch (error) {
      setErrors(errorsOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={(units()?.items.length ?? 0) > 0}>
      <form class="form fieldset" onSubmit={submit} novalidate>
        <h2>{t("register.title")}</h2>
        <Field id="em-reg-unit" label={t("register.unit")} error={errors()?.fields.unitId}>
          <select
            id="em-reg-unit"
            class="input"
            value={unitId()}
            onChange={(e) => {
              setPicked(e.currentTarget.value);
              setTitles([]);
              setErrors(undefined);
              setMessage("");
            }}
          >
            <For each={units()?.items}>{(u) => <option value={u.id}>{u.name}</option>}</For>
          </select>
        </Field>
        <Show when={message()}>
          <p class="notice notice--success" role="status">
            {message()}
          </p>
        </Show>
        <Show
          when={registration()}
          fallback={
            <Show when={!registration.loading && registration() === null}>
              <Show when={offersTitles()}>
                <fieldset
                  class="fieldset field"
                  classList={{ "field--invalid": !!errors()?.fields.titles }}
                  aria-describedby={errors()?.fields.titles ? "em-reg-titles-error" : undefined}
                >
                  <legend>{t("register.titles")}</legend>
                  <For each={props.movement.titles}>
                    {(title, i) => (
                      <div class="field field--check">
                        <input
                          id={`em-title-${i()}`}
                          type="checkbox"
                          class="checkbox"
                          checked={titles().includes(title)}
                          onChange={(e) =>
                            setTitles((xs) =>
                              e.currentTarget.checked ? [...xs, title] : xs.filter((x) => x !== title),
                            )
                          }
                        />
                        <label for={`em-title-${i()}`}>{title}</label>
                      </div>
                    )}
                  </For>
                  <Show when={errors()?.fields.titles}>
                    <p class="field__error" id="em-reg-titles-error">
                      {errors()?.fields.titles}
                    </p>
                  </Show>
                </fieldset>
              </Show>
              <Show when={errors()}>
                <p class="form-error" role="alert">
                  {errors()?.message}
                </p>
              </Show>
              <button type="submit" class="button" disabled={busy()} aria-busy={busy()}>
                {busy() ? t("register.sending") : t("register.submit")}
              </button>
            </Show>
          }
        >
          {(r) => (
            <dl class="counts">
              <div class="counts__item" classList={{ "counts__item--bad": r().status === "rejected" }}>
                <dt>{t("register.status")}</dt>
                <dd>{t(`status.${r().status}`)}</dd>
              </div>
              <Show when={r().titles.length > 0}>
                <div class="counts__item">
                  <dt>{t("register.chosen")}</dt>
                  <dd>{r().titles.join("; ")}</dd>
                </div>
              </Show>
              <div class="counts__item">
                <dt>{t("register.on")}</dt>
                <dd>{formatDate(r().registeredAt)}</dd>
              </div>
              <Show when={r().decision?.comment}>
                <div class="counts__item">
                  <dt>{t("result.comment")}</dt>
                  <dd>{r().decision?.comment}</dd>
                </div>
              </Show>
            </dl>
          )}
        </Show>
      </form>
    </Show>
  );
}
