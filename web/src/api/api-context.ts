import { createContext } from "solid-js";
import type { ApiClient } from "./client";

/** Set by the signed-in area so every API call below it carries the access token. */
export const ApiContext = createContext<ApiClient>();
