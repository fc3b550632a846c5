import { describe, expect, it } from "vitest";
import { action as logoutAction } from "~/routes/logout";
import { action, loader } from "~/routes/profile";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { verifyPassword } from "~/utils/password.server";
import {
  call,
  createTestPerson,
  formRequest,
  getRequest,
  signedInCookie,
  TEST_PASSWORD,
  testContext,
} from "../factories";

describe("/profile", () => {
  it("sends anonymous visitors to sign-in", async () => {
    const result = await call(() => loader({ request: getRequest("/profile"), params: {}, context: testContext }));
    expect(result.headers.get("Location")).toBe("/login?redirectTo=%2Fprofile");
    const posted = await call(() =>
      action({
        request: formRequest("/profile", { intent: "profile", name: "X", language: "en" }),
        params: {},
        context: testContext,
      }),
    );
    expect(posted.status).toBe(302);
    expect(posted.headers.get("Location")).toMatch(/^\/login/);
  });

  it("shows the person's own details and nothing secret", async () => {
    const person = await createTestPerson({ name: "Robin" });
    const cookie = await signedInCookie(person.id);
    const result = await call(() =>
      loader({ request: getRequest("/profile", { cookie }), params: {}, context: testContext }),
    );
    expect(result.body.profile).toMatchObject({ name: "Robin", username: person.username });
    expect(JSON.stringify(result.body)).not.toContain("argon2");
  });

  it("changes name and language, and remembers the language in a cookie too", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    const result = await call(() =>
      action({
        request: formRequest("/profile", { intent: "profile", name: "Robin Renamed", language: "de" }, { cookie }),
        params: {},
        context: testContext,
      }),
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Set-Cookie")).toMatch(/bw_lang=/);
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      name: "Robin Renamed",
      language: "de",
    });
  });

  it("refuses an unknown language and keeps the typed name", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    const result = await call(() =>
      action({
        request: formRequest("/profile", { intent: "profile", name: "Kept", language: "xx" }, { cookie }),
        params: {},
        context: testContext,
      }),
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      intent: "profile",
      fieldErrors: { language: ["errors.invalid"] },
      values: { name: "Kept" },
    });
  });

  it("changes the password only with the current one, and asks for the same new one twice", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    const change = (fields: Record<string, string>) =>
      call(() =>
        action({
          request: formRequest("/profile", { intent: "password", ...fields }, { cookie }),
          params: {},
          context: testContext,
        }),
      );

    const wrongCurrent = await change({
      currentPassword: "not it at all",
      newPassword: "brand new password",
      confirmPassword: "brand new password",
    });
    expect(wrongCurrent.body.fieldErrors).toEqual({ currentPassword: ["profile.wrongPassword"] });
    const mismatch = await change({
      currentPassword: TEST_PASSWORD,
      newPassword: "brand new password",
      confirmPassword: "brand new passw0rd",
    });
    expect(mismatch.body.fieldErrors).toEqual({ confirmPassword: ["errors.passwordsDiffer"] });

    expect(
      (
        await change({
          currentPassword: TEST_PASSWORD,
          newPassword: "brand new password",
          confirmPassword: "brand new password",
        })
      ).status,
    ).toBe(302);
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(await verifyPassword(passwordHash, "brand new password")).toBe(true);
  });

  it("signs out here, or everywhere", async () => {
    const person = await createTestPerson();
    const phone = await signedInCookie(person.id);
    const laptop = await signedInCookie(person.id);
    const tablet = await signedInCookie(person.id);

    await logoutAction({ request: formRequest("/logout", {}, { cookie: phone }), params: {}, context: testContext });
    expect(await getUser(getRequest("/", { cookie: phone }))).toBeNull();
    expect(await getUser(getRequest("/", { cookie: laptop }))).not.toBeNull();

    const result = await call(() =>
      logoutAction({
        request: formRequest("/logout", { scope: "everywhere" }, { cookie: laptop }),
        params: {},
        context: testContext,
      }),
    );
    expect(result.headers.get("Location")).toBe("/login");
    expect(await getUser(getRequest("/", { cookie: tablet }))).toBeNull();
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
  });
});
