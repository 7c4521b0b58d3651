import {
  type Accessor,
  createContext,
  createSignal,
  onCleanup,
  onMount,
  type ParentProps,
  useContext,
} from "solid-js";
import { ApiContext } from "../api/api-context";
import { authApi, type Session, type User } from "../api/auth";
import { type ApiClient, createApiClient } from "../api/client";
import { useI18n } from "../i18n/context";
import { holdsModulePermission } from "./module-access";
import { type AuthState, SessionManager } from "./session-manager";

export interface Auth {
  tenant: string;
  state: Accessor<AuthState>;
  user: () => User | undefined;
  /** Whether the signed-in user holds a permission somewhere in the tenant (for navigation). */
  can: (permission: string) => boolean;
  /** Whether the user holds any of a module's permissions (`<module>.…`): else it is not offered. */
  canUseModule: (moduleId: string) => boolean;
  /** Sends the access token; refreshes it and retries once on a 401. */
  api: ApiClient;
  login: (username: string, password: string) => Promise<Session>;
  logout: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<Session>;
  /** Checks the session again after a failed check (e.g. the network was down on load). */
  retry: () => void;
}

const AuthContext = createContext<Auth>();

/** One per tenant: refreshes the session on load and provides the authenticated client. */
export function AuthProvider(props: ParentProps<{ tenant: string }>) {
  const { locale } = useI18n();
  const [state, setState] = createSignal<AuthState>({ status: "checking" });
  const plain = createApiClient({ locale });
  const manager = new SessionManager({ tenant: props.tenant, api: plain, onChange: setState });
  const api = createApiClient({
    locale,
    auth: { token: () => manager.token(), refresh: () => manager.refresh() },
  });

  onMount(() => void manager.start());
  onCleanup(() => manager.dispose());

  const signedIn = () => {
    const s = state();
    return s.status === "signed-in" ? s : undefined;
  };

  const auth: Auth = {
    tenant: props.tenant,
    state,
    user: () => signedIn()?.user,
    can: (permission) => signedIn()?.permissions.includes(permission) ?? false,
    canUseModule: (moduleId) => holdsModulePermission(signedIn()?.permissions ?? [], moduleId),
    api,
    login: (username, password) => manager.login(username, password),
    logout: () => manager.logout(),
    async changePassword(currentPassword, newPassword) {
      const session = await authApi.changePassword(api, props.tenant, { currentPassword, newPassword });
      manager.accept(session);
      return session;
    },
    retry: () => void manager.start(),
  };

  return (
    <AuthContext.Provider value={auth}>
      <ApiContext.Provider value={api}>{props.children}</ApiContext.Provider>
    </AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error("useAuth() must be used inside <AuthProvider>");
  return auth;
}
