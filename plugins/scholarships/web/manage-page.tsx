import { todayIso } from "@congdoan/core/format";
import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { CheckField, FormField, fieldErrorsOf, isVersionConflict, type ServerError } from "./form-kit";
import { date, textFor, year } from "./text";
import { adminTextFor } from "./text-admin";

interface ManagedProgramme {
  id: string;
  version: number;
  name: string;
  schoolYear: string;
  status: "open" | "closed";
  closedOn?: string;
  totals: { awarded: { count: number }; paid: { count: number } };
  privacy: { retentionMonths: number; personalDataExpiresOn: string | null; erasedOn: string | null };
}

const nextYear = (schoolYear: string) => {
  const start = Number(schoolYear.slice(0, 4)) + 1;
  return `${start}–${start + 1}`;
};

/**
 * The federation admin's end-of-year actions: copy the programme to the next school year, close it
 * (saying what closing does and how long personal data stays), erase personal data now (saying
 * what goes and what stays). Each needs an explicit confirmation.
 */
export default function ManagePage(props: WebPluginRouteProps) {
  const t = () => adminTextFor(props.locale);
  const w = () => textFor(props.locale);
  const [programme, { refetch }] = createResource(
    () => props.params.id,
    (id) => props.api.get<ManagedProgramme>(`/programmes/${id}`),
  );
  const [copyYear, setCopyYear] = createSignal<string | undefined>();
  const [copyError, setCopyError] = createSignal("");
  const [copied, setCopied] = createSignal<string | undefined>();
  const [confirmClose, setConfirmClose] = createSignal(false);
  const [confirmErase, setConfirmErase] = createSignal(false);
  const [message, setMessage] = createSignal("");
  const [conflict, setConflict] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const base = () => `/t/${props.tenant}/m/scholarships/programmes`;
  const P = () => `/programmes/${props.params.id}`;

  async function act(run: () => Promise<string>) {
    setBusy(true);
    setMessage("");
    setConflict(false);
    try {
      setMessage(await run());
      await refetch();
    } catch (error) {
      setConflict(isVersionConflict(error));
      setMessage(isVersionConflict(error) ? t().versionConflict : (error as ServerError).message);
    } finally {
      setBusy(false);
    }
  }

  async function copy(e: Event) {
    e.preventDefault();
    const typed = (copyYear() ?? nextYear(programme()!.schoolYear)).trim().replace(/[–—]/, "-");
    if (!/^\d{4}-\d{4}$/.test(typed)) return setCopyError(t().badYear);
    setCopyError("");
    try {
      const made = await props.api.send<{ id: string }>("POST", `${P()}/copy`, { schoolYear: typed });
      setCopied(made.id);
    } catch (error) {
      setCopyError(fieldErrorsOf(error).schoolYear ?? (error as ServerError).message);
    }
  }

  const notHandedOut = () => programme()!.totals.awarded.count - programme()!.totals.paid.count;
  const early = () => {
    const due = programme()?.privacy.personalDataExpiresOn;
    return !due || due > todayIso();
  };

  return (
    <section class="page">
      <Show when={programme.error}>
        <p role="alert" class="inline-error">
          {String(programme.error?.message ?? programme.error)}
        </p>
      </Show>
      <Show when={programme()} fallback={<p class="status status--loading">…</p>}>
        {(p) => (
          <>
            <h1>{p().name}</h1>
            <p class="lead">
              {w().schoolYear} {year(p().schoolYear)}
            </p>
            <a class="back-link" href={`${base()}/${p().id}`}>
              {w().back}
            </a>
            <dl class="summary">
              <Show when={p().closedOn}>
                <dt>{t().closedOn}</dt>
                <dd>{date(p().closedOn!)}</dd>
              </Show>
              <Show when={p().privacy.personalDataExpiresOn && !p().privacy.erasedOn}>
                <dt>{t().expiresOn}</dt>
                <dd>{date(p().privacy.personalDataExpiresOn!)}</dd>
              </Show>
              <Show when={p().privacy.erasedOn}>
                <dt>{t().erasedOn}</dt>
                <dd>{date(p().privacy.erasedOn!)}</dd>
              </Show>
            </dl>

            <form class="form card" novalidate onSubmit={copy}>
              <h2>{t().copyTitle}</h2>
              <p class="muted">{t().copyLead}</p>
              <FormField id="sch-copy-year" label={w().schoolYear} error={copyError() || undefined}>
                <input
                  id="sch-copy-year"
                  class="input"
                  inputmode="numeric"
                  value={copyYear() ?? nextYear(p().schoolYear)}
                  onInput={(e) => setCopyYear(e.currentTarget.value)}
                />
              </FormField>
              <div class="button-row">
                <button type="submit" class="button">
                  {t().copy}
                </button>
              </div>
              <Show when={copied()}>
                <p role="status" class="notice notice--success">
                  {t().copied} <a href={`${base()}/${copied()}/edit`}>{t().editProgramme}</a>
                </p>
              </Show>
            </form>

            <Show when={p().status === "open"}>
              <div class="card">
                <h2>{t().closeTitle}</h2>
                <p>{t().closeLead}</p>
                <ul>
                  <For each={t().closeWhat}>{(line) => <li>{line}</li>}</For>
                  <li>{t().closeRetention(p().privacy.retentionMonths)}</li>
                </ul>
                <Show when={notHandedOut() > 0}>
                  <p class="warning">{t().notHandedOut(notHandedOut())}</p>
                </Show>
                <CheckField label={t().confirmClose} checked={confirmClose()} onChange={setConfirmClose} />
                <div class="button-row">
                  <button
                    type="button"
                    class="button button--danger"
                    disabled={!confirmClose() || busy()}
                    onClick={() =>
                      act(async () => {
                        await props.api.send("POST", `${P()}/close`, { expectedVersion: p().version });
                        return t().closed;
                      })
                    }
                  >
                    {t().closeTitle}
                  </button>
                </div>
              </div>
            </Show>

            <Show when={p().status === "closed" && !p().privacy.erasedOn}>
              <div class="card">
                <h2>{t().eraseTitle}</h2>
                <p>{t().eraseWillGo}</p>
                <ul>
                  <For each={t().eraseGoes}>{(line) => <li>{line}</li>}</For>
                </ul>
                <p>{t().eraseStays}</p>
                <ul>
                  <For each={t().eraseKept}>{(line) => <li>{line}</li>}</For>
                </ul>
                <Show when={early()}>
                  <p class="warning">{t().eraseEarly}</p>
                </Show>
                <CheckField label={t().confirmErase} checked={confirmErase()} onChange={setConfirmErase} />
                <div class="button-row">
                  <button
                    type="button"
                    class="button button--danger"
                    disabled={!confirmErase() || busy()}
                    onClick={() =>
                      act(async () => {
                        const r = await props.api.send<{ erased: number }>(
                          "POST",
                          `${P()}/erase-personal-data`,
                          {
                            beforeRetentionEnds: early(),
                          },
                        );
                        return t().erased(r.erased);
                      })
                    }
                  >
                    {t().eraseTitle}
                  </button>
                </div>
              </div>
            </Show>

            <Show when={message()}>
              <p role="status" class="notice">
                {message()}
              </p>
            </Show>
            <Show when={conflict()}>
              <button type="button" class="button button--secondary" onClick={() => refetch()}>
                {t().reload}
              </button>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
