import { describe, expect, it } from "vitest";
import { verifySignIn } from "~/models/people.server";
import { db } from "~/utils/db.server";
import { createTestPerson, TEST_PASSWORD } from "../factories";

describe("verifySignIn", () => {
  it("accepts the username or the e-mail address, in any case", async () => {
    const person = await createTestPerson({ email: "sam@example.com" });
    expect(
      await verifySignIn({ login: person.username.toUpperCase(), password: TEST_PASSWORD, address: "a1" }),
    ).toEqual({ ok: true, userId: person.id });
    expect(await verifySignIn({ login: " SAM@example.com ", password: TEST_PASSWORD, address: "a1" })).toEqual({
      ok: true,
      userId: person.id,
    });
  });

  it("answers the same for a wrong password and an unknown username", async () => {
    const person = await createTestPerson();
    const wrongPassword = await verifySignIn({ login: person.username, password: "nope nope nope", address: "a2" });
    const unknown = await verifySignIn({ login: "nobody-here", password: TEST_PASSWORD, address: "a2" });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrongPassword);
  });

  it("refuses a deactivated person with the same answer", async () => {
    const person = await createTestPerson();
    await db.user.update({ where: { id: person.id }, data: { deactivatedAt: new Date() } });
    expect(await verifySignIn({ login: person.username, password: TEST_PASSWORD, address: "a3" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("locks a username after five attempts, even with the right password, and from any address", async () => {
    const person = await createTestPerson();
    for (let i = 0; i < 5; i++) {
      expect((await verifySignIn({ login: person.username, password: "wrong wrong", address: `b${i}` })).ok).toBe(
        false,
      );
    }
    const sixth = await verifySignIn({ login: person.username, password: TEST_PASSWORD, address: "b9" });
    expect(sixth).toMatchObject({ ok: false, reason: "rateLimited" });
    expect(sixth.ok === false && sixth.reason === "rateLimited" && sixth.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("locks an address after fifty failures across usernames, but successful sign-ins do not count", async () => {
    const person = await createTestPerson();
    for (let i = 0; i < 60; i++) {
      expect((await verifySignIn({ login: person.username, password: TEST_PASSWORD, address: "shop-wifi" })).ok).toBe(
        true,
      );
    }
    for (let i = 0; i < 50; i++)
      await verifySignIn({ login: `guess${i}`, password: "wrong wrong", address: "attacker" });
    expect(await verifySignIn({ login: person.username, password: TEST_PASSWORD, address: "attacker" })).toMatchObject({
      reason: "rateLimited",
    });
    expect((await verifySignIn({ login: person.username, password: TEST_PASSWORD, address: "shop-wifi" })).ok).toBe(
      true,
    );
  });

  it("a successful sign-in clears the username's failed attempts", async () => {
    const person = await createTestPerson();
    for (let i = 0; i < 4; i++) await verifySignIn({ login: person.username, password: "wrong wrong", address: "c1" });
    expect((await verifySignIn({ login: person.username, password: TEST_PASSWORD, address: "c1" })).ok).toBe(true);
    for (let i = 0; i < 4; i++) await verifySignIn({ login: person.username, password: "wrong wrong", address: "c1" });
    expect((await verifySignIn({ login: person.username, password: TEST_PASSWORD, address: "c1" })).ok).toBe(true);
  });
});
