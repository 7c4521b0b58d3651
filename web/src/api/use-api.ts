import { useContext } from "solid-js";
import { useI18n } from "../i18n/context";
import { ApiContext } from "./api-context";
import { type ApiClient, createApiClient } from "./client";

/**
 * An API client bound to the current UI language (sent as Accept-Language). Inside the signed-in
 * tenant area it is the authenticated client; on public pages a plain one.
 */
export function useApi(): ApiClient {
  const provided = useContext(ApiContext);
  const { locale } = useI18n();
  return provided ?? createApiClient({ locale });
}
