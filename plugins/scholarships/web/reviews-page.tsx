import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { textFor } from "./text";

interface MyReviews {
  rubric: { key: string; label: string; weight: number; max: number }[];
  items: {
    nominationId: string;
    file: {
      pseudonym: string;
      category: keyof ReturnType<typeof textFor>["categories"];
      grade: string;
      average?: number;
      achievements: string;
      hardship: string;
    } | null;
    scores: Record<string, number> | null;
    total: number | null;
  }[];
}

/** Blind review: the reviewer sees a code (HS-0007), never a name, and scores against the rubric. */
export default function ReviewsPage(props: WebPluginRouteProps) {
  const t = () => textFor(props.locale);
  const [version, setVersion] = createSignal(0);
  const [data] = createResource(version, () =>
    props.api.get<MyReviews>(`/programmes/${props.params.id}/my-reviews`),
  );
  const [message, setMessage] = createSignal<Record<string, string>>({});
  const [joinMessage, setJoinMessage] = createSignal("");

  async function join() {
    try {
      await props.api.send("POST", `/programmes/${props.params.id}/panel/join`, {});
      setJoinMessage(t().joined);
      setVersion(version() + 1);
    } catch (error) {
      setJoinMessage((error as Error).message);
    }
  }

  async function save(nominationId: string, form: HTMLFormElement) {
    const scores: Record<string, number> = {};
    for (const c of data()!.rubric)
      scores[c.key] = Number(String(new FormData(form).get(c.key) ?? "").replace(",", "."));
    try {
      await props.api.send("PUT", `/programmes/${props.params.id}/my-reviews/${nominationId}`, { scores });
      setMessage({ ...message(), [nominationId]: t().saved });
      setVersion(version() + 1);
    } catch (error) {
      setMessage({ ...message(), [nominationId]: (error as Error).message });
    }
  }

  return (
    <section class="page">
      <h1>{t().review}</h1>
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={join}>
          {t().joinPanel}
        </button>
      </div>
      <Show when={joinMessage()}>
        <p role="status" class="notice">
          {joinMessage()}
        </p>
      </Show>
      <Show when={data()} fallback={<p class="status status--loading">…</p>}>
        <Show when={data()!.items.length > 0} fallback={<p class="muted">{t().noReviews}</p>}>
          <ul class="card-list">
            <For each={data()!.items}>
              {(item) => (
                <li class="card">
                  <h2>
                    {item.file?.pseudonym} · {item.file ? t().categories[item.file.category] : ""}
                    <Show when={item.total !== null}>
                      {" "}
                      · {t().total}: {String(item.total).replace(".", ",")}
                    </Show>
                  </h2>
                  <p class="muted">
                    {t().grade} {item.file?.grade}
                    {item.file?.average !== undefined
                      ? ` · ${t().average}: ${String(item.file?.average).replace(".", ",")}`
                      : ""}
                  </p>
                  <p>{item.file?.achievements}</p>
                  <p>{item.file?.hardship}</p>
                  <form
                    class="form-grid"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void save(item.nominationId, e.currentTarget);
                    }}
                  >
                    <For each={data()!.rubric}>
                      {(c) => (
                        <div class="field">
                          <label class="field__label" for={`sch-${item.nominationId}-${c.key}`}>
                            {c.label} (0–{c.max}, {c.weight}%)
                          </label>
                          <input
                            id={`sch-${item.nominationId}-${c.key}`}
                            name={c.key}
                            class="input"
                            inputmode="decimal"
                            value={item.scores?.[c.key] ?? ""}
                          />
                        </div>
                      )}
                    </For>
                    <div class="button-row">
                      <button type="submit" class="button">
                        {t().score}
                      </button>
                    </div>
                    <Show when={message()[item.nominationId]}>
                      <p role="status" class="notice">
                        {message()[item.nominationId]}
                      </p>
                    </Show>
                  </form>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}
