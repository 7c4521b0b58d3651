import { BadRequestError } from "@congdoan/core";
import { beforeEach, describe, expect, it } from "vitest";
import { FakeSts } from "./fake-sts";
import { RoleSession } from "./role-session";
import { sessionNameFor, TenantCredentialCache } from "./tenant-credential-cache";

const roleArn = "arn:aws:iam::111111111111:role/TenantData";
let clock: number;
let sts: FakeSts;
let cache: TenantCredentialCache;

beforeEach(() => {
  clock = Date.parse("2026-09-05T07:00:00Z");
  sts = new FakeSts(() => clock);
  cache = new TenantCredentialCache({ sts, roleArn, now: () => clock });
});

const minutes = (n: number) => n * 60_000;

describe("TenantCredentialCache", () => {
  it("assumes the tenant role tagged with the tenant, for 15 minutes", async () => {
    const creds = await cache.credentialsFor("ha-noi");
    expect(sts.calls).toEqual([
      {
        RoleArn: roleArn,
        RoleSessionName: "tenant-ha-noi",
        DurationSeconds: 900,
        Tags: [{ Key: "TenantId", Value: "ha-noi" }],
      },
    ]);
    expect(creds).toEqual({
      accessKeyId: "AKIA1",
      secretAccessKey: "secret-1",
      sessionToken: "token-1",
      expiration: new Date(clock + minutes(15)),
    });
  });

  it("reuses the credentials until two minutes before they expire, then refreshes", async () => {
    const first = await cache.credentialsFor("ha-noi");
    clock += minutes(12);
    expect(await cache.credentialsFor("ha-noi")).toBe(first);
    expect(sts.calls).toHaveLength(1);

    clock += minutes(1) + 1; // 13 min in: inside the 120 s margin
    const second = await cache.credentialsFor("ha-noi");
    expect(second.accessKeyId).toBe("AKIA2");
    expect(sts.calls).toHaveLength(2);
  });

  it("lets concurrent callers for one tenant share a single AssumeRole call", async () => {
    sts.hold();
    const waiting = Promise.all([
      cache.credentialsFor("ha-noi"),
      cache.credentialsFor("ha-noi"),
      cache.credentialsFor("ha-noi"),
    ]);
    sts.release();
    const [a, b, c] = await waiting;
    expect(sts.calls).toHaveLength(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it("gives each tenant its own session and tag", async () => {
    const hanoi = await cache.credentialsFor("ha-noi");
    const daknong = await cache.credentialsFor("dak-nong");
    expect(daknong).not.toBe(hanoi);
    expect(sts.calls.map((c) => [c.RoleSessionName, c.Tags])).toEqual([
      ["tenant-ha-noi", [{ Key: "TenantId", Value: "ha-noi" }]],
      ["tenant-dak-nong", [{ Key: "TenantId", Value: "dak-nong" }]],
    ]);
  });

  it.each(["a#b", "ha-noi/x", "*", "Ha-Noi", "", "x"])("refuses %j before calling STS", async (tenant) => {
    await expect(cache.credentialsFor(tenant)).rejects.toBeInstanceOf(BadRequestError);
    expect(sts.calls).toHaveLength(0);
  });

  it("keeps session names within STS's 64 characters", () => {
    expect(sessionNameFor("a".repeat(64))).toHaveLength(64);
  });

  it("retries after a failed AssumeRole instead of caching the failure", async () => {
    sts.failNext = new Error("AccessDenied");
    await expect(cache.credentialsFor("ha-noi")).rejects.toThrow("AccessDenied");
    expect((await cache.credentialsFor("ha-noi")).accessKeyId).toBe("AKIA2");
  });

  it("keeps serving still-valid credentials when a refresh inside the margin fails", async () => {
    const first = await cache.credentialsFor("ha-noi");
    clock += minutes(14); // one minute left
    sts.failNext = new Error("Throttling");
    expect(await cache.credentialsFor("ha-noi")).toBe(first);
    clock += minutes(1) - 10_000; // 10 s left: too short to finish a request
    sts.failNext = new Error("Throttling");
    await expect(cache.credentialsFor("ha-noi")).rejects.toThrow("Throttling");
  });

  it("forgets the least recently used tenant beyond its bound", async () => {
    const small = new TenantCredentialCache({ sts, roleArn, now: () => clock, maxTenants: 2 });
    await small.credentialsFor("ha-noi");
    await small.credentialsFor("dak-nong");
    await small.credentialsFor("ha-noi"); // cached, and now most recent
    await small.credentialsFor("hue-city"); // evicts dak-nong
    await small.credentialsFor("ha-noi");
    await small.credentialsFor("dak-nong");
    expect(sts.calls.map((c) => c.RoleSessionName)).toEqual([
      "tenant-ha-noi",
      "tenant-dak-nong",
      "tenant-hue-city",
      "tenant-dak-nong",
    ]);
  });
});

describe("RoleSession", () => {
  it("sends no tags for an untagged session such as the platform role's", async () => {
    const session = new RoleSession({ sts, roleArn, sessionName: "platform", now: () => clock });
    await session.credentials();
    expect(sts.calls[0]).toEqual({ RoleArn: roleArn, RoleSessionName: "platform", DurationSeconds: 900 });
  });

  it("refuses a refresh margin as long as the session", () => {
    expect(
      () =>
        new RoleSession({
          sts,
          roleArn,
          sessionName: "x",
          sessionDurationSeconds: 900,
          refreshMarginSeconds: 900,
        }),
    ).toThrow();
  });
});
