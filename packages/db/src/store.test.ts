import { ConflictError, InvalidCursorError, NotFoundError, VersionMismatchError } from "@congdoan/core";
import { createTestDb } from "@congdoan/local/test-setup";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { namespaces } from "./keys";
import { TenantStore } from "./store";

let db: Db;
let hanoi: TenantStore;
let daknong: TenantStore;

beforeAll(async () => {
  db = await createTestDb("store");
  hanoi = new TenantStore(db, "ha-noi", namespaces.core);
  daknong = new TenantStore(db, "dak-nong", namespaces.core);
});

const at = (id: string) => ({ pk: ["THINGS"], sk: ["X", id] });

describe("TenantStore", () => {
  it("puts the tenant first in every key", () => {
    expect(hanoi.key(at("1"))).toEqual({ pk: "T#ha-noi#C#THINGS", sk: "X#1" });
    expect(hanoi.scoped(namespaces.plugin("emulation")).key(at("1")).pk).toBe("T#ha-noi#M#emulation#THINGS");
  });

  it("refuses key parts that could forge another address", () => {
    expect(() => hanoi.key({ pk: ["A#T#dak-nong"], sk: ["x"] })).toThrow();
    expect(() => new TenantStore(db, "ha-noi#x", namespaces.core)).toThrow();
  });

  it("creates, reads and refuses a second create at the same address", async () => {
    const created = await hanoi.create(at("a"), "thing", { name: "Một" });
    expect(created.version).toBe(1);
    expect((await hanoi.get<{ name: string }>(at("a")))?.data.name).toBe("Một");
    await expect(hanoi.create(at("a"), "thing", { name: "Hai" })).rejects.toBeInstanceOf(ConflictError);
    expect((await hanoi.get<{ name: string }>(at("a")))?.data.name).toBe("Một");
  });

  it("never sees another tenant's item at the same relative address", async () => {
    await hanoi.create(at("same"), "thing", { owner: "ha-noi" });
    expect(await daknong.get(at("same"))).toBeUndefined();
    await expect(daknong.update(at("same"), 1, { owner: "dak-nong" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await hanoi.get<{ owner: string }>(at("same")))?.data.owner).toBe("ha-noi");
  });

  it("updates only at the expected version", async () => {
    await hanoi.create(at("v"), "thing", { n: 1 });
    const second = await hanoi.update(at("v"), 1, { n: 2 });
    expect(second.version).toBe(2);
    await expect(hanoi.update(at("v"), 1, { n: 99 })).rejects.toBeInstanceOf(VersionMismatchError);
    expect((await hanoi.get<{ n: number }>(at("v")))?.data.n).toBe(2);
  });

  it("lets exactly one of many concurrent writers win", async () => {
    await hanoi.create(at("race"), "thing", { winner: "none" });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => hanoi.update(at("race"), 1, { winner: `w${i}` })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const lost = results.filter((r) => r.status === "rejected");
    for (const r of lost) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(VersionMismatchError);
  });

  it("mutate retries so concurrent increments are all kept", async () => {
    await hanoi.create(at("counter"), "thing", { n: 0 });
    await Promise.all(
      Array.from({ length: 6 }, () =>
        hanoi.mutate<{ n: number }>(at("counter"), (c) => ({ n: c.n + 1 }), { attempts: 20 }),
      ),
    );
    expect((await hanoi.get<{ n: number }>(at("counter")))?.data.n).toBe(6);
  });

  it("counts atomically under concurrent increments", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => hanoi.increment(at("hits"), 1, 2_000_000_000)),
    );
    expect(results.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await daknong.get(at("hits"))).toBeUndefined();
  });

  it("deletes with and without a version check", async () => {
    await hanoi.create(at("d"), "thing", {});
    await expect(hanoi.delete(at("d"), 7)).rejects.toBeInstanceOf(VersionMismatchError);
    await hanoi.delete(at("d"), 1);
    expect(await hanoi.get(at("d"))).toBeUndefined();
    await expect(hanoi.delete(at("d"))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages through a partition with cursors and refuses another tenant's cursor", async () => {
    const store = hanoi.scoped(["PAGING"]);
    for (let i = 0; i < 7; i++)
      await store.create({ pk: ["P"], sk: ["I", String(i).padStart(2, "0")] }, "n", { i });
    const first = await store.query<{ i: number }>(["P"], { limit: 3 });
    expect(first.items.map((x) => x.data.i)).toEqual([0, 1, 2]);
    const second = await store.query<{ i: number }>(["P"], { limit: 3, cursor: first.cursor! });
    expect(second.items.map((x) => x.data.i)).toEqual([3, 4, 5]);
    const third = await store.query<{ i: number }>(["P"], { limit: 3, cursor: second.cursor! });
    expect(third.items.map((x) => x.data.i)).toEqual([6]);
    expect(third.cursor).toBeUndefined();
    const foreign = daknong.scoped(["PAGING"]);
    await expect(foreign.query(["P"], { cursor: first.cursor! })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(store.query(["P"], { cursor: "not-base64-json" })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    const reversed = await store.query<{ i: number }>(["P"], { limit: 2, reverse: true });
    expect(reversed.items.map((x) => x.data.i)).toEqual([6, 5]);
    expect((await store.queryAll(["P"])).length).toBe(7);
  });

  it("queries the secondary index inside the tenant only", async () => {
    await hanoi.create(at("g1"), "thing", { n: 1 }, { gsi1: { pk: ["BY-OWNER", "u1"], sk: "2026-01-01" } });
    await daknong.create(at("g1"), "thing", { n: 2 }, { gsi1: { pk: ["BY-OWNER", "u1"], sk: "2026-01-01" } });
    const page = await hanoi.query<{ n: number }>(["BY-OWNER", "u1"], { index: "gsi1" });
    expect(page.items.map((x) => x.data.n)).toEqual([1]);
  });

  it("commits a transaction all or nothing", async () => {
    await hanoi.create(at("t1"), "thing", { n: 1 });
    const ok = [hanoi.prepareCreate(at("t2"), "thing", { n: 2 }), hanoi.prepareCheck(at("t1"), 1)];
    await hanoi.transact(ok);
    expect(await hanoi.get(at("t2"))).toBeDefined();
    const bad = [hanoi.prepareCreate(at("t3"), "thing", { n: 3 }), hanoi.prepareCheck(at("t1"), 5)];
    await expect(hanoi.transact(bad)).rejects.toBeInstanceOf(VersionMismatchError);
    expect(await hanoi.get(at("t3"))).toBeUndefined();
    const dup = [hanoi.prepareCreate(at("t4"), "thing", {}), hanoi.prepareCreate(at("t2"), "thing", {})];
    await expect(hanoi.transact(dup)).rejects.toBeInstanceOf(ConflictError);
    expect(await hanoi.get(at("t4"))).toBeUndefined();
  });

  it("refuses a transaction that mixes tenants before sending it", async () => {
    const mixed = [hanoi.prepareCreate(at("m1"), "thing", {}), daknong.prepareCreate(at("m1"), "thing", {})];
    await expect(hanoi.transact(mixed)).rejects.toThrow(/mixes tenants/);
    expect(await hanoi.get(at("m1"))).toBeUndefined();
  });
});
