import { describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { endSession, getUser, lucia, requireUser, safeRedirect, startSession } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { call, createTestPerson, getRequest, signedInCookie } from "../factories";

const DAY = 24 * 60 * 60 * 1000;

describe("sessions", () => {
  it("creates a session stored in the database that identifies the person", async () => {
    const person = await createTestPerson({ name: "Sam" });
    const cookie = await signedInCookie(person.id);
    expect(await db.session.count({ where: { userId: person.id } })).toBe(1);
    expect((await getUser(getRequest("/", { cookie })))?.name).toBe("Sam");
  });

  it("refuses an expired session and removes it", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    await db.session.updateMany({ where: { userId: person.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getUser(getRequest("/", { cookie }))).toBeNull();
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
  });

  it("extends a session used in the second half of its life and refreshes the cookie", async () => {
    const person = await createTestPerson();
    const session = await lucia.createSession(person.id, {});
    const soon = new Date(Date.now() + 2 * DAY);
    await db.session.update({ where: { id: session.id }, data: { expiresAt: soon } });
    const { session: validated } = await lucia.validateSession(session.id);
    expect(validated?.fresh).toBe(true);
    const stored = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.expiresAt.getTime()).toBeGreaterThan(Date.now() + 20 * DAY);
  });

  it("refuses a revoked session", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    const response = await endSession(getRequest("/", { cookie }));
    expect(response.headers.get("Set-Cookie")).toMatch(/bw_session=;/);
    expect(await getUser(getRequest("/", { cookie }))).toBeNull();
  });

  it("signs out everywhere: every session of the person ends, other people's stay", async () => {
    const person = await createTestPerson();
    const other = await createTestPerson();
    const phone = await signedInCookie(person.id);
    const laptop = await signedInCookie(person.id);
    const otherCookie = await signedInCookie(other.id);
    await endSession(getRequest("/", { cookie: phone }), { everywhere: true });
    expect(await getUser(getRequest("/", { cookie: laptop }))).toBeNull();
    expect(await getUser(getRequest("/", { cookie: otherCookie }))).not.toBeNull();
  });

  it("ends the sessions of a deactivated person", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    await db.user.update({ where: { id: person.id }, data: { deactivatedAt: new Date() } });
    expect(await getUser(getRequest("/", { cookie }))).toBeNull();
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
  });

  it("issues a new session id at sign-in and drops the one the browser brought (no fixation)", async () => {
    const person = await createTestPerson();
    const planted = await signedInCookie(person.id);
    const plantedId = planted.split("=")[1]!;
    const response = await startSession(getRequest("/login", { cookie: planted }), person.id, "/");
    const newId = /bw_session=([^;]+)/.exec(response.headers.get("Set-Cookie") ?? "")?.[1];
    expect(newId).toBeTruthy();
    expect(newId).not.toBe(plantedId);
    expect(await db.session.findUnique({ where: { id: plantedId } })).toBeNull();
  });

  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    const person = await createTestPerson();
    const response = await startSession(getRequest("/login"), person.id, "/");
    const cookie = response.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

describe("requireUser", () => {
  const cases: { role: Role; required: Role; allowed: boolean }[] = [
    { role: "employee", required: "employee", allowed: true },
    { role: "employee", required: "manager", allowed: false },
    { role: "employee", required: "admin", allowed: false },
    { role: "manager", required: "employee", allowed: true },
    { role: "manager", required: "manager", allowed: true },
    { role: "manager", required: "admin", allowed: false },
    { role: "admin", required: "employee", allowed: true },
    { role: "admin", required: "manager", allowed: true },
    { role: "admin", required: "admin", allowed: true },
  ];
  it.each(cases)("a $role asking for a $required page is allowed: $allowed", async ({ role, required, allowed }) => {
    const person = await createTestPerson({ role });
    const request = getRequest("/somewhere", { cookie: await signedInCookie(person.id) });
    if (allowed) {
      expect((await requireUser(request, { role: required })).id).toBe(person.id);
    } else {
      expect((await call(() => requireUser(request, { role: required }))).status).toBe(403);
    }
  });

  it("sends an anonymous visitor to sign-in and back to where they were going", async () => {
    const result = await call(() => requireUser(getRequest("/profile?tab=password")));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/login?redirectTo=%2Fprofile%3Ftab%3Dpassword");
  });
});

describe("safeRedirect", () => {
  it.each([
    ["/profile", "/profile"],
    ["/stories/1?x=2", "/stories/1?x=2"],
    ["https://evil.example", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/ok\\..\\evil", "/"],
    ["javascript:alert(1)", "/"],
    ["/\u0000evil", "/"],
    ["/values?q=日本 über", "/values?q=%E6%97%A5%E6%9C%AC%20%C3%BCber"],
    ["/stories/\u202Eevil", "/stories/%E2%80%AEevil"],
    ["/./\t/evil.example", "/"],
    ["/a/..//evil.example", "/"],
    ["", "/"],
    [null, "/"],
  ])("%s goes to %s", (input, expected) => {
    expect(safeRedirect(input as string | null)).toBe(expected);
  });
});
