import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "~/utils/password.server";

describe("passwords", () => {
  it("hashes with Argon2id and a fresh salt every time", async () => {
    const first = await hashPassword("a long enough secret");
    const second = await hashPassword("a long enough secret");
    expect(first).toMatch(/^\$argon2id\$/);
    expect(first).not.toBe(second);
  });

  it("verifies the right password and rejects a wrong or malformed one", async () => {
    const hash = await hashPassword("a long enough secret");
    expect(await verifyPassword(hash, "a long enough secret")).toBe(true);
    expect(await verifyPassword(hash, "a long enough secreT")).toBe(false);
    expect(await verifyPassword("not a hash", "a long enough secret")).toBe(false);
  });
});
