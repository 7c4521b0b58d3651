import { type Accessor, createContext, useContext } from "solid-js";
import type { TenantHomeResponse } from "../api/types";

/** The tenant and its enabled modules, loaded once by the tenant layout. */
export const TenantContext = createContext<Accessor<TenantHomeResponse>>();

/** Reloads the tenant shell, e.g. after a module was switched on, so the navigation follows. */
export const TenantReloadContext = createContext<() => void>();

export function useTenant(): Accessor<TenantHomeResponse> {
  const tenant = useContext(TenantContext);
  if (!tenant) throw new Error("useTenant() must be used inside the tenant layout");
  return tenant;
}

export function useReloadTenant(): () => void {
  return useContext(TenantReloadContext) ?? (() => undefined);
}
