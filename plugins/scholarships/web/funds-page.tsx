import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import {
  CheckField,
  FormField,
  fieldErrorsOf,
  isVersionConflict,
  parseMoney,
  type ServerError,
} from "./form-kit";
import { count, money, textFor } from "./text";
import { adminTextFor } from "./text-admin";

interface FundRow {
  id: string;
  name: string;
  sponsor?: string;
  total: number;
  committed: number;
  paid: number;
  available: number;
  version: number;
}

/**
 * One fund as a small form, to add (no `fund`) or to edit: own fund or a sponsor's, its name and
 * amount. Checked here, then by the server (an amount below what is already approved is refused).
 */
function FundForm(
  props: Pick<WebPluginRouteProps, "api" | "locale"> & {
    programmeId: string;
    fund?: FundRow;
    onDone: () => void;
    onCancel?: () => void;
  },
) {
  const t = () => adminTextFor(props.locale);
  const key = props.fund?.id ?? "new";
  const [kind, setKind] = createSignal<"own" | "sponsor">(props.fund?.sponsor ? "sponsor" : "own");
  const [name, setName] = createSignal(props.fund?.name ?? "");
  const [sponsor, setSponsor] = createSignal(props.fund?.sponsor ?? "");
  const [total, setTotal] = createSignal(props.fund ? count(props.fund.total) : "");
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal("");
  const [conflict, setConflict] = createSignal(false);
  const id = (field: string) => `sch-fund-${key}-${field}`;

  async function submit(e: Event) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const amount = parseMoney(total());
    if (!name().trim()) found.name = t().required;
    if (kind() === "sponsor" && !sponsor().trim()) found.sponsor = t().required;
    if (amount === undefined) found.total = total().trim() ? t().badMoney : t().required;
    setErrors(found);
    setMessage("");
    setConflict(false);
    if (Object.keys(found).length > 0) return;
    const body = {
      name: name().trim(),
      total: amount,
      ...(kind() === "sponsor" ? { sponsor: sponsor().trim() } : props.fund?.sponsor ? { sponsor: "" } : {}),
    };
    try {
      if (props.fund) {
        await props.api.send("PATCH", `/programmes/${props.programmeId}/funds/${props.fund.id}`, {
          ...body,
          expectedVersion: props.fund.version,
        });
      } else {
        await props.api.send("POST", `/programmes/${props.programmeId}/funds`, body);
        setName("");
        setSponsor("");
        setTotal("");
        setMessage(t().fundAdded);
      }
      props.onDone();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setConflict(isVersionConflict(error));
      setMessage(isVersionConflict(error) ? t().fundConflict : (error as ServerError).message);
    }
  }

  return (
    <form class="form card" novalidate onSubmit={submit}>
      <Show when={!props.fund}>
        <h2>{t().addFund}</h2>
      </Show>
      <fieldset class="fieldset">
        <legend>{t().fundKind}</legend>
        <CheckField
          type="radio"
          name={id("kind")}
          label={t().own}
          checked={kind() === "own"}
          onChange={() => setKind("own")}
        />
        <CheckField
          type="radio"
          name={id("kind")}
          label={t().sponsorFund}
          checked={kind() === "sponsor"}
          onChange={() => setKind("sponsor")}
        />
      </fieldset>
      <FormField id={id("name")} label={t().fundName} error={errors().name}>
        <input id={id("name")} class="input" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
      </FormField>
      <Show when={kind() === "sponsor"}>
        <FormField id={id("sponsor")} label={t().sponsor} error={errors().sponsor}>
          <input
            id={id("sponsor")}
            class="input"
            value={sponsor()}
            onInput={(e) => setSponsor(e.currentTarget.value)}
          />
        </FormField>
      </Show>
      <FormField id={id("total")} label={t().fundTotal} error={errors().total} hint={t().moneyHint}>
        <input
          id={id("total")}
          class="input"
          inputmode="numeric"
          value={total()}
          onInput={(e) => setTotal(e.currentTarget.value)}
          onBlur={() => {
            const n = parseMoney(total());
            if (n !== undefined) setTotal(count(n));
          }}
        />
      </FormField>
      <div class="button-row">
        <button type="submit" class="button">
          {props.fund ? t().saveFund : t().addFund}
        </button>
        <Show when={props.onCancel}>
          <button type="button" class="button button--secondary" onClick={() => props.onCancel?.()}>
            {conflict() ? t().reload : t().cancel}
          </button>
        </Show>
      </div>
      <Show when={message()}>
        <p role="status" class="notice">
          {message()}
        </p>
      </Show>
    </form>
  );
}

/** The programme's funds: own and sponsors', with total / approved / paid / available, and their forms. */
export default function FundsPage(props: WebPluginRouteProps) {
  const t = () => adminTextFor(props.locale);
  const w = () => textFor(props.locale);
  const [funds, { refetch }] = createResource(
    () => props.params.id,
    (id) => props.api.get<{ items: FundRow[] }>(`/programmes/${id}/funds`),
  );
  const [editing, setEditing] = createSignal<string | undefined>();
  const sum = (k: "total" | "committed" | "paid" | "available") =>
    (funds()?.items ?? []).reduce((s, f) => s + f[k], 0);
  const canManage = () => props.permissions.includes("scholarships.manage");

  return (
    <section class="page">
      <h1>{t().fundsPage}</h1>
      <a class="back-link" href={`/t/${props.tenant}/m/scholarships/programmes/${props.params.id}`}>
        {w().back}
      </a>
      <Show when={funds.error}>
        <p role="alert" class="inline-error">
          {String(funds.error?.message ?? funds.error)}
        </p>
      </Show>
      <Show when={funds()} fallback={<p class="status status--loading">…</p>}>
        <Show when={funds()!.items.length > 0} fallback={<p class="muted">{t().noFunds}</p>}>
          <ul class="card-list">
            <For each={funds()!.items}>
              {(f) => (
                <li class="card">
                  <h2>{f.name}</h2>
                  <p class="card__meta">{f.sponsor ? `${t().sponsor}: ${f.sponsor}` : t().own}</p>
                  <dl class="summary">
                    <dt>{w().budget}</dt>
                    <dd class="nowrap">{money(f.total)}</dd>
                    <dt>{w().committed}</dt>
                    <dd class="nowrap">{money(f.committed)}</dd>
                    <dt>{w().paidAmount}</dt>
                    <dd class="nowrap">{money(f.paid)}</dd>
                    <dt>{w().available}</dt>
                    <dd class="nowrap">{money(f.available)}</dd>
                  </dl>
                  <Show when={canManage()}>
                    <Show
                      when={editing() === f.id}
                      fallback={
                        <button
                          type="button"
                          class="button button--secondary"
                          onClick={() => setEditing(f.id)}
                        >
                          {t().edit}
                        </button>
                      }
                    >
                      <FundForm
                        {...props}
                        programmeId={props.params.id!}
                        fund={f}
                        onDone={() => {
                          setEditing(undefined);
                          void refetch();
                        }}
                        onCancel={() => {
                          setEditing(undefined);
                          void refetch();
                        }}
                      />
                    </Show>
                  </Show>
                </li>
              )}
            </For>
          </ul>
          <h2>{t().allFunds}</h2>
          <dl class="summary">
            <dt>{t().total}</dt>
            <dd class="nowrap">{money(sum("total"))}</dd>
            <dt>{w().committed}</dt>
            <dd class="nowrap">{money(sum("committed"))}</dd>
            <dt>{w().paidAmount}</dt>
            <dd class="nowrap">{money(sum("paid"))}</dd>
            <dt>{w().available}</dt>
            <dd class="nowrap">{money(sum("available"))}</dd>
          </dl>
        </Show>
        <Show when={canManage()}>
          <FundForm {...props} programmeId={props.params.id!} onDone={() => void refetch()} />
        </Show>
      </Show>
    </section>
  );
}
