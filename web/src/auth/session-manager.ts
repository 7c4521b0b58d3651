import { authApi, type Session, type User } from "../api/auth";
import { type ApiClient, ApiError } from "../api/client";

export type AuthState =
  | { status: "checking" }
  | { status: "signed-out" }
  /** The server could not be reached to check the session; the page offers a retry. */
  | { status: "error"; error: unknown }
  | { status: "signed-in"; user: User; permissions: string[] };

type RefreshOutcome = "ok" | "unauthorized" | "error";

export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;

export interface SessionManagerOptions {
  tenant: string;
  /** A client WITHOUT auth: the refresh cookie identifies the session on /auth/* calls. */
  api: ApiClient;
  onChange: (state: AuthState) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Serialises refreshes across tabs (the cookie rotates: two tabs refreshing at once would race). */
  withLock?: LockRunner;
}

/** Refresh this long before the access token expires, so requests rarely meet a 401. */
export const REFRESH_MARGIN_MS = 60_000;
const MIN_DELAY_MS = 5_000;
const RETRY_AFTER_ERROR_MS = 30_000;

const webLock: LockRunner = (name, task) => {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
  return locks ? (locks.request(name, task) as Promise<Awaited<ReturnType<typeof task>>>) : task();
};

/**
 * The signed-in session of one tenant. The access token lives in this object only (never in
 * storage); the long-lived refresh token is an httpOnly cookie the page cannot read.
 */
export class SessionManager {
  private accessToken: string | undefined;
  private timer: unknown;
  private pending: Promise<RefreshOutcome> | undefined;
  private disposed = false;
  private lastError: unknown;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private readonly withLock: LockRunner;

  constructor(private readonly options: SessionManagerOptions) {
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    this.withLock = options.withLock ?? webLock;
  }

  token(): string | undefined {
    return this.accessToken;
  }

  /** On page load: the cookie, if any, is exchanged for an access token. */
  async start(): Promise<void> {
    this.options.onChange({ status: "checking" });
    const outcome = await this.runRefresh();
    if (outcome === "error" && !this.accessToken)
      this.options.onChange({ status: "error", error: this.lastError });
  }

  /** Single flight: concurrent 401s share one refresh. True when a new token was obtained. */
  async refresh(): Promise<boolean> {
    return (await this.runRefresh()) === "ok";
  }

  async login(username: string, password: string): Promise<Session> {
    const session = await authApi.login(this.options.api, this.options.tenant, { username, password });
    this.accept(session);
    return session;
  }

  /** The new session replaces the old one: the server signs out every other session. */
  accept(session: Session): void {
    if (this.disposed) return;
    this.accessToken = session.accessToken;
    this.schedule(Math.max(MIN_DELAY_MS, session.expiresIn * 1000 - REFRESH_MARGIN_MS));
    this.options.onChange({ status: "signed-in", user: session.user, permissions: session.permissions });
  }

  async logout(): Promise<void> {
    try {
      await authApi.logout(this.options.api, this.options.tenant);
    } finally {
      this.signOut();
    }
  }

  signOut(): void {
    this.accessToken = undefined;
    this.cancel();
    if (!this.disposed) this.options.onChange({ status: "signed-out" });
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
  }

  private runRefresh(): Promise<RefreshOutcome> {
    if (!this.pending) {
      this.pending = this.withLock(`congdoan-refresh:${this.options.tenant}`, () => this.doRefresh()).finally(
        () => {
          this.pending = undefined;
        },
      );
    }
    return this.pending;
  }

  private async doRefresh(): Promise<RefreshOutcome> {
    try {
      const session = await authApi.refresh(this.options.api, this.options.tenant);
      this.accept(session);
      return "ok";
    } catch (error) {
      this.lastError = error;
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        this.signOut();
        return "unauthorized";
      }
      // Offline or a server hiccup: keep the current token (it may still be valid) and try again soon.
      if (this.accessToken) this.schedule(RETRY_AFTER_ERROR_MS);
      return "error";
    }
  }

  private schedule(ms: number): void {
    this.cancel();
    if (this.disposed) return;
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.runRefresh();
    }, ms);
  }

  private cancel(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }
}
