import type { PluginApi, WebLocale } from "@congdoan/plugin-sdk/web";
import type { JSX } from "solid-js";
import type { ConferenceView } from "./types";

/** What the conference page hands to each of its sections. */
export interface SectionProps {
  conf: ConferenceView;
  /** API path of the conference, e.g. "/conferences/2025-2026/tx-thcs-nhan-chinh". */
  base: string;
  api: PluginApi;
  locale: WebLocale;
  /** Runs a write, shows "saved" or the error (with field messages), and takes the new conference. */
  run: (action: () => Promise<ConferenceView>) => Promise<void>;
  /** The server's message for one field, e.g. "resolution.summary", to show beside it. */
  errorAt: (name: string) => string | undefined;
  cls: (name: string) => string;
  err: (name: string) => JSX.Element;
}
