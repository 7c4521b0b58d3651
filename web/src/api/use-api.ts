import { useI18n } from "../i18n/context";
import { type ApiClient, createApiClient } from "./client";

/** An API client bound to the current UI language (sent as Accept-Language). */
export function useApi(): ApiClient {
  const { locale } = useI18n();
  return createApiClient({ locale });
}
