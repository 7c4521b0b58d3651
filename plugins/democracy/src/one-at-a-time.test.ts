import { describe, expect, it } from "vitest";
import { oneAtATime } from "./one-at-a-time";

describe("oneAtATime", () => {
  it("ignores a second call while the first is running, then accepts the next one", async () => {
    const calls: string[] = [];
    let finish!: () => void;
    const send = oneAtATime(async (unitId: string) => {
      calls.push(unitId);
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
    });
    const first = send("tx-thcs-nhan-chinh");
    const second = send("tx-thcs-nhan-chinh");
    expect(send.running()).toBe(true);
    finish();
    await Promise.all([first, second]);
    expect(calls).toEqual(["tx-thcs-nhan-chinh"]);
    expect(send.running()).toBe(false);
    const third = send("tx-thcs-nhan-chinh");
    finish();
    await third;
    expect(calls).toHaveLength(2);
  });

  it("is free again after the action failed", async () => {
    const send = oneAtATime(async () => {
      throw new Error("mạng lỗi");
    });
    await expect(send()).rejects.toThrow("mạng lỗi");
    expect(send.running()).toBe(false);
  });
});
