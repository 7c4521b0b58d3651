import type { PluginApi } from "@congdoan/plugin-sdk/web";
import { type JSX, Show } from "solid-js";

export interface ApiError extends Error {
  fields?: { path: string; message: string }[];
}

/** Messages of a failed request: one per field (shown next to it) and the general one. */
export function errorsOf(error: unknown): { message: string; fields: Record<string, string> } {
  const e = error as ApiError;
  const fields: Record<string, string> = {};
  for (const f of e?.fields ?? []) fields[f.path] = f.message;
  return { message: e?.message ?? String(error), fields };
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

/** Reads a file picked in a form as base64 for the JSON API. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^;]*;base64,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export type Api = PluginApi;
