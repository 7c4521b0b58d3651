import { describe, expect, it } from "vitest";
import { loadSigningKeys } from "./signing-keys";
import { signAccessToken, verifyAccessToken } from "./tokens";

const claims = { sub: "admin.hanoi", tid: "ha-noi", grants: [], tv: 0 };
const oldKey = "o".repeat(64);
const newKey = "n".repeat(64);
const stages =
  (values: Partial<Record<"AWSCURRENT" | "AWSPREVIOUS", string>>) =>
  async (stage: "AWSCURRENT" | "AWSPREVIOUS") =>
    values[stage];

describe("JWT keys during a rotation of the signing secret", () => {
  it("signs with AWSCURRENT and still accepts tokens signed with AWSPREVIOUS", async () => {
    const before = await loadSigningKeys(stages({ AWSCURRENT: oldKey }));
    expect(before.previous).toBeUndefined();
    const issuedBefore = await signAccessToken(before, claims);

    const after = await loadSigningKeys(stages({ AWSCURRENT: newKey, AWSPREVIOUS: oldKey }));
    expect(await verifyAccessToken(after, issuedBefore)).toMatchObject({ sub: "admin.hanoi", tid: "ha-noi" });
    const issuedAfter = await signAccessToken(after, claims);
    // New tokens carry the new key only: a process that knows just the new key accepts them…
    expect(await verifyAccessToken({ current: after.current }, issuedAfter)).toBeDefined();
    // …and one that knows just the old key does not.
    expect(await verifyAccessToken(before, issuedAfter)).toBeUndefined();
  });

  it("refuses a token signed by any other key, and forgets a key rotated out twice", async () => {
    const keys = await loadSigningKeys(stages({ AWSCURRENT: newKey, AWSPREVIOUS: oldKey }));
    const stranger = await signAccessToken(new TextEncoder().encode("s".repeat(64)), claims);
    expect(await verifyAccessToken(keys, stranger)).toBeUndefined();

    // After a second put-secret-value (the advice when a key leaked), the leaked key is in no stage.
    const leaked = await signAccessToken(keys.previous!, claims);
    const twice = await loadSigningKeys(stages({ AWSCURRENT: "t".repeat(64), AWSPREVIOUS: newKey }));
    expect(await verifyAccessToken(twice, leaked)).toBeUndefined();
  });

  it("refuses to start without a usable current key", async () => {
    await expect(loadSigningKeys(stages({}))).rejects.toThrow(/AWSCURRENT/);
    await expect(loadSigningKeys(stages({ AWSCURRENT: "short", AWSPREVIOUS: oldKey }))).rejects.toThrow();
    const keys = await loadSigningKeys(stages({ AWSCURRENT: newKey, AWSPREVIOUS: "short" }));
    expect(keys.previous).toBeUndefined();
  });
});
