import { createEffect, createResource, on, type ResourceReturn } from "solid-js";
import { useI18n } from "../i18n/context";
import type { ApiClient } from "./client";
import { useApi } from "./use-api";

/**
 * createResource for API calls. Fetches again when `source` changes, and also after a
 * language switch if the last call failed: the error message is localised by the server,
 * so that is the only way to show it in the new language.
 */
export function createApiResource<S, T>(
  source: () => S | false | null | undefined,
  fetcher: (source: S, api: ApiClient) => Promise<T>,
): ResourceReturn<T> {
  const api = useApi();
  const { locale } = useI18n();
  const result = createResource(source, (value: S) => fetcher(value, api));
  const [resource, { refetch }] = result;
  createEffect(
    on(
      locale,
      () => {
        if (resource.state === "errored") void refetch();
      },
      { defer: true },
    ),
  );
  return result;
}
