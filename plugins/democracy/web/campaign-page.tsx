import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createEffect, createMemo, createResource, createSignal, Index, Show } from "solid-js";
import { CampaignUnits } from "./campaign-units";
import { errorsOf, type FieldErrors, fieldHelpers, LabelledField, StatusMessage } from "./form-support";
import { dateVi, parseViDate, t, yearLabel } from "./i18n";
import { ReminderBanner } from "./reminder-banner";
import type { CampaignRow, CampaignView } from "./types";

type Item = { id: string; title: string };

/** "Quy chế làm việc" → "quy-che-lam-viec" (ids of new checklist items). */
const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48) || "van-ban";

/** One campaign: title, deadline, checklist, per-unit kind, copy to next year, close. */
export default function CampaignPage(props: WebPluginRouteProps) {
  const L = () => props.locale;
  const base = () => `/campaigns/${props.params.year}/${props.params.scope}`;
  const [data, { refetch }] = createResource(base, (path) =>
    props.api
      .get<{ campaign: CampaignView; units: CampaignRow[] }>(`${path}?units=none`)
      .catch(() => undefined),
  );
  const [items, setItems] = createSignal<Item[]>([]);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [message, setMessage] = createSignal("");
  const { cls, err } = fieldHelpers(errors);
  const canManage = () => props.permissions.includes("democracy.manage");
  const open = () => canManage() && data()?.campaign.status === "open";
  // Only a new campaign (load, save) resets the checklist being edited; a unit change keeps it.
  const campaign = createMemo(() => data()?.campaign);
  createEffect(() => setItems((campaign()?.documents ?? []).map((d) => ({ ...d }))));

  async function act<T>(action: () => Promise<T>, done?: (value: T) => void) {
    setMessage("");
    setErrors({});
    try {
      const value = await action();
      setMessage(t(L(), "saved"));
      done?.(value);
    } catch (e) {
      setErrors(errorsOf(e));
      setMessage((e as Error).message);
    }
  }

  function save(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const deadlineText = String(f.get("deadline") ?? "").trim();
    const deadline = parseViDate(deadlineText);
    const local: FieldErrors = {};
    if (!deadline) local.deadline = t(L(), "badDate");
    items().forEach((it, i) => {
      if (!it.title.trim()) local[`documents.${i}.title`] = t(L(), "required");
    });
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    const current = data()?.campaign;
    if (!current) return;
    void act(
      () =>
        props.api.send<CampaignView>("PATCH", base(), {
          version: current.version,
          title: String(f.get("title") ?? "").trim(),
          deadline,
          documents: items().map((it) => ({ id: it.id, title: it.title.trim() })),
        }),
      () => void refetch(),
    );
  }

  function addItem() {
    const used = new Set(items().map((i) => i.id));
    let id = "van-ban-moi";
    for (let n = 2; used.has(id); n++) id = `van-ban-moi-${n}`;
    setItems([...items(), { id, title: "" }]);
  }

  const setTitle = (index: number, title: string) =>
    setItems(
      items().map((it, i) => {
        if (i !== index) return it;
        const fresh = !(data()?.campaign.documents ?? []).some((d) => d.id === it.id);
        const used = new Set(
          items()
            .filter((_, j) => j !== index)
            .map((x) => x.id),
        );
        const id = fresh && title.trim() && !used.has(slug(title)) ? slug(title) : it.id;
        return { id, title };
      }),
    );

  return (
    <section class="page">
      <a class="back-link" href={`/t/${props.tenant}/m/democracy/campaigns`}>
        {t(L(), "back")}
      </a>
      <header class="page-header">
        <h1>
          {t(L(), "campaigns")} · {yearLabel(props.params.year)}
        </h1>
        <Show when={data()}>{(d) => <p class="lead">{d().campaign.title}</p>}</Show>
      </header>
      <ReminderBanner {...props} />
      <StatusMessage text={message()} />
      <Show when={!data.loading} fallback={<p class="muted">{t(L(), "loading")}</p>}>
        <Show when={data()} fallback={<p class="lead">{t(L(), "noCampaigns")}</p>}>
          {(d) => (
            <>
              <p>
                <span class={d().campaign.status === "open" ? "badge" : "badge badge--muted"}>
                  {t(L(), d().campaign.status === "open" ? "statusOpen" : "statusClosed")}
                </span>{" "}
                <span class="muted">
                  {d().campaign.scopeUnitId} · {dateVi(d().campaign.deadline)}
                </span>
              </p>
              <form class="form card" onSubmit={save} novalidate>
                <LabelledField label={t(L(), "title")} error={errors().title}>
                  <input class="input" name="title" value={d().campaign.title} disabled={!open()} />
                </LabelledField>
                <LabelledField label={t(L(), "deadline")} error={errors().deadline}>
                  <input
                    class="input"
                    name="deadline"
                    inputmode="numeric"
                    value={dateVi(d().campaign.deadline)}
                    disabled={!open()}
                  />
                </LabelledField>
                <fieldset class="fieldset">
                  <legend>{t(L(), "checklist")}</legend>
                  <Index each={items()}>
                    {(item, i) => (
                      <div class={cls(`documents.${i}.title`)}>
                        <label class="field__label" for={`doc-${i}`}>
                          {t(L(), "itemTitle")} {i + 1}
                        </label>
                        <input
                          id={`doc-${i}`}
                          class="input"
                          value={item().title}
                          disabled={!open()}
                          onInput={(e) => setTitle(i, e.currentTarget.value)}
                        />
                        <span class="field__hint">{item().id}</span>
                        {err(`documents.${i}.title`)}
                        {err(`documents.${i}.id`)}
                        <Show when={open()}>
                          <button
                            type="button"
                            class="button button--link button--danger-text"
                            onClick={() => setItems(items().filter((_, j) => j !== i))}
                          >
                            {t(L(), "remove")}
                          </button>
                        </Show>
                      </div>
                    )}
                  </Index>
                  {err("documents")}
                  <Show when={open()}>
                    <button type="button" class="button button--secondary" onClick={addItem}>
                      {t(L(), "addItem")}
                    </button>
                  </Show>
                </fieldset>
                <Show when={open()}>
                  <button class="button" type="submit">
                    {t(L(), "save")}
                  </button>
                </Show>
              </form>
              <Show when={canManage()}>
                <div class="button-row">
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() =>
                      void act(
                        () => props.api.send<CampaignView>("POST", `${base()}/copy`, {}),
                        (copy) => setMessage(t(L(), "copied", { y: yearLabel(copy.year) })),
                      )
                    }
                  >
                    {t(L(), "copyNext")}
                  </button>
                  <Show when={open()}>
                    <button
                      type="button"
                      class="button button--danger"
                      onClick={() => {
                        if (!window.confirm(t(L(), "confirmClose"))) return;
                        void act(
                          () =>
                            props.api.send<CampaignView>("POST", `${base()}/close`, {
                              version: d().campaign.version,
                            }),
                          () => void refetch(),
                        );
                      }}
                    >
                      {t(L(), "closeCampaign")}
                    </button>
                  </Show>
                </div>
              </Show>
              <CampaignUnits
                base={base()}
                tenant={props.tenant}
                year={props.params.year ?? ""}
                api={props.api}
                locale={L()}
                editable={open()}
                onError={setMessage}
              />
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
