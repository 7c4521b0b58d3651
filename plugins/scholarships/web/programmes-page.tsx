import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, For, Show } from "solid-js";
import { date, textFor, year } from "./text";
import { adminTextFor } from "./text-admin";

interface ProgrammeRow {
  id: string;
  name: string;
  schoolYear: string;
  status: "open" | "closed";
  window: { opensOn: string; closesOn: string };
}

export default function ProgrammesPage(props: WebPluginRouteProps) {
  const t = () => textFor(props.locale);
  const [list] = createResource(() => props.api.get<{ items: ProgrammeRow[] }>("/programmes"));
  return (
    <section class="page">
      <h1>{t().programmes}</h1>
      <Show when={props.permissions.includes("scholarships.manage")}>
        <div class="button-row">
          <a class="button" href={`/t/${props.tenant}/m/scholarships/programmes/new`}>
            {adminTextFor(props.locale).newProgramme}
          </a>
        </div>
      </Show>
      <Show when={list.error}>
        <p role="alert" class="inline-error">
          {String(list.error?.message ?? list.error)}
        </p>
      </Show>
      <Show when={list()} fallback={<p class="status status--loading">…</p>}>
        <Show when={list()!.items.length > 0} fallback={<p class="muted">{t().empty}</p>}>
          <ul class="card-list">
            <For each={list()!.items}>
              {(p) => (
                <li class="card">
                  <a href={`/t/${props.tenant}/m/scholarships/programmes/${p.id}`}>
                    <strong>{p.name}</strong>
                  </a>
                  <p class="muted">
                    {t().schoolYear} {year(p.schoolYear)} · {t().window}: {date(p.window.opensOn)} –{" "}
                    {date(p.window.closesOn)}
                    {p.status === "closed" ? " · ✓" : ""}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}
