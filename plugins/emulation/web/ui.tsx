import type { PluginApi, WebLocale } from "@congdoan/plugin-sdk/web";
import { createSignal, type JSX, Show } from "solid-js";
import { readNumber } from "../src/number-text";

export interface ApiError extends Error {
  code?: string;
  fields?: { path: string; message: string }[];
  details?: Record<string, unknown>;
}

export interface Errors {
  message: string;
  fields: Record<string, string>;
  /** Structured facts about a refusal, as the route documents them. */
  details?: Record<string, unknown>;
  /** Someone else saved this record first (409 version_mismatch): the page must be reloaded. */
  conflict?: boolean;
}

/** Messages of a failed request: one per field (shown next to it, path like "criteria.0.weight") and the general one. */
export function errorsOf(error: unknown): Errors {
  const e = error as ApiError;
  const fields: Record<string, string> = {};
  for (const f of e?.fields ?? []) fields[f.path] = f.message;
  return {
    message: e?.message ?? String(error),
    fields,
    ...(e?.details ? { details: e.details } : {}),
    ...(e?.code === "version_mismatch" ? { conflict: true } : {}),
  };
}

/** The general message of a failed form; a version conflict offers a reload. */
export function FormError(props: { errors: Errors | undefined; conflictText: string; reloadText: string }) {
  return (
    <Show when={props.errors}>
      {(e) => (
        <div class="form-error" role="alert">
          <p>{e().conflict ? props.conflictText : e().message}</p>
          <Show when={e().conflict}>
            <button type="button" class="button button--secondary" onClick={() => window.location.reload()}>
              {props.reloadText}
            </button>
          </Show>
        </div>
      )}
    </Show>
  );
}

/** Downloads an export (XLSX, CSV) through the signed-in API; resolves to an error message on failure. */
export async function download(api: PluginApi, path: string, fileName: string): Promise<string | undefined> {
  try {
    const res = await api.raw(path);
    if (!res.ok) return errorsOf(new Error(`HTTP ${res.status}`)).message;
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return undefined;
  } catch (error) {
    return errorsOf(error).message;
  }
}

/** A button that downloads an export and shows why when it fails. */
export function DownloadButton(props: { api: PluginApi; path: string; fileName: string; label: string }) {
  const [error, setError] = createSignal("");
  return (
    <>
      <button
        type="button"
        class="button button--link"
        onClick={async () => setError((await download(props.api, props.path, props.fileName)) ?? "")}
      >
        {props.label}
      </button>
      <Show when={error()}>
        <span class="inline-error" role="alert">
          {error()}
        </span>
      </Show>
    </>
  );
}

/** Reads a number typed on a phone ("8,5", "1.500", or "8.5" in English); undefined when empty or not a number. */
export function parseNumber(text: string, locale: WebLocale = "vi"): number | undefined {
  return readNumber(text, locale);
}

/** A code for an id from Vietnamese text: "Dạy tốt – Học tốt" → "day-tot-hoc-tot". */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50);
}

export const base = (tenant: string) => `/t/${tenant}/m/emulation`;

export function Header(props: { title: string; lead?: string; back?: string; backLabel?: string }) {
  return (
    <div class="page-header">
      <div class="page-header__text">
        <Show when={props.back}>
          <p class="back-link">
            <a href={props.back}>{props.backLabel}</a>
          </p>
        </Show>
        <h1>{props.title}</h1>
        <Show when={props.lead}>
          <p class="lead">{props.lead}</p>
        </Show>
      </div>
    </div>
  );
}

export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: JSX.Element;
}) {
  return (
    <div class="field" classList={{ "field--invalid": !!props.error }}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      {props.children}
      <Show when={props.hint}>
        <p class="field__hint">{props.hint}</p>
      </Show>
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

export function Loading(props: { label: string }) {
  return (
    <div class="status status--loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {props.label}
    </div>
  );
}

export function Failure(props: { error: unknown }) {
  return (
    <div class="status status--error" role="alert">
      {errorsOf(props.error).message}
    </div>
  );
}

export type Api = PluginApi;
