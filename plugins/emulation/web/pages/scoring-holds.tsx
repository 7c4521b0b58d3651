import type { WebLocale } from "@congdoan/plugin-sdk/web";
import { For, Show } from "solid-js";
import { holdsFromDetails } from "../../src/scoring-holds";
import { num, year } from "../format";
import type { T } from "../i18n";
import { base, type Errors } from "../ui";

/** Beside the refusal: which units' results to return first, each a link to the result's page. */
export function ScoringHolds(props: {
  errors: Errors | undefined;
  movementId: string;
  tenant: string;
  locale: WebLocale;
  t: T;
}) {
  const t = props.t;
  const held = () => holdsFromDetails(props.errors?.details);
  return (
    <Show when={held()}>
      {(h) => (
        <section class="warning" aria-labelledby="em-holds-title">
          <h3 id="em-holds-title" class="warning__title">
            {t("holds.title")}
          </h3>
          <p>{t("holds.lead")}</p>
          <ul class="link-list">
            <For each={h().listed}>
              {(r) => (
                <li>
                  <a
                    href={`${base(props.tenant)}/phong-trao/${props.movementId}/ket-qua/${r.schoolYear}/${r.unitId}`}
                  >
                    {r.unitName}
                  </a>{" "}
                  ({t("holds.year")} {year(r.schoolYear)})
                </li>
              )}
            </For>
          </ul>
          <Show when={h().total > h().listed.length}>
            <p>{t("holds.more").replace("{n}", num(h().total - h().listed.length, props.locale))}</p>
          </Show>
        </section>
      )}
    </Show>
  );
}
