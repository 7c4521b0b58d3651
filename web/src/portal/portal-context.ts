import { type Accessor, createContext, useContext } from "solid-js";
import type { PublicPortalResponse } from "../api/types";

/** The portal payload, fetched once by the portal layout and shared with its child pages. */
export const PortalContext = createContext<Accessor<PublicPortalResponse>>();

export function usePortal(): Accessor<PublicPortalResponse> {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error("usePortal() must be used inside the portal layout");
  return portal;
}
