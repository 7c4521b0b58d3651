import { beforeEach, describe, expect, it } from "vitest";
import { createDb } from "../client";
import { FakeSts } from "./fake-sts";
import { RoleSession } from "./role-session";
import { localDbFactory, platformDbFactory, scopedDbFactory } from "./scoped-db";
import { TenantCredentialCache } from "./tenant-credential-cache";

const roleArn = "arn:aws:iam::111111111111:role/TenantData";
let clock: number;
let sts: FakeSts;

beforeEach(() => {
  clock = Date.parse("2026-09-05T07:00:00Z");
  sts = new FakeSts(() => clock);
});

// Reads the credentials the SDK client would sign with; no request leaves the process.
const signingKey = async (db: { raw: { config: { credentials: () => Promise<{ accessKeyId: string }> } } }) =>
  (await db.raw.config.credentials()).accessKeyId;

describe("scopedDbFactory", () => {
  it("builds one client per tenant, signed with that tenant's credentials, and reuses it", async () => {
    const cache = new TenantCredentialCache({ sts, roleArn, now: () => clock });
    const dbFor = scopedDbFactory({ tableName: "congdoan", region: "ap-southeast-1", cache });

    const hanoi = await dbFor("ha-noi");
    const daknong = await dbFor("dak-nong");
    expect(await dbFor("ha-noi")).toBe(hanoi);
    expect(hanoi.tableName).toBe("congdoan");
    expect(await hanoi.raw.config.region()).toBe("ap-southeast-1");
    expect(await signingKey(hanoi)).toBe("AKIA1");
    expect(await signingKey(daknong)).toBe("AKIA2");
  });

  it("replaces the client when the credentials are refreshed", async () => {
    const cache = new TenantCredentialCache({ sts, roleArn, now: () => clock });
    const dbFor = scopedDbFactory({ tableName: "congdoan", cache });
    const before = await dbFor("ha-noi");
    clock += 14 * 60_000;
    const after = await dbFor("ha-noi");
    expect(after).not.toBe(before);
    expect(await signingKey(after)).toBe("AKIA2");
  });
});

describe("platformDbFactory", () => {
  it("signs with the platform session", async () => {
    const session = new RoleSession({ sts, roleArn, sessionName: "platform", now: () => clock });
    const platformDb = platformDbFactory({ tableName: "congdoan", session });
    const db = await platformDb();
    expect(await platformDb()).toBe(db);
    expect(await signingKey(db)).toBe("AKIA1");
  });
});

describe("localDbFactory", () => {
  it("hands every tenant the shared local client", async () => {
    const db = createDb({ tableName: "congdoan", endpoint: "http://127.0.0.1:1" });
    const dbFor = localDbFactory(db);
    expect(await dbFor("ha-noi")).toBe(db);
    expect(await dbFor("dak-nong")).toBe(db);
  });
});
