import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/login";
import { db } from "~/utils/db.server";
import {
  call,
  createTestPerson,
  createTestStory,
  formRequest,
  getRequest,
  signedInCookie,
  TEST_PASSWORD,
  testContext,
} from "../factories";

const signIn = (fields: Record<string, string>, cookie?: string) =>
  call(() => action({ request: formRequest("/login", fields, { cookie }), params: {}, context: testContext }));

describe("/login", () => {
  it("signs in and goes back to the page that was asked for", async () => {
    const person = await createTestPerson();
    const result = await signIn({ login: person.username, password: TEST_PASSWORD, redirectTo: "/profile" });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/profile");
    expect(result.headers.get("Set-Cookie")).toMatch(/^bw_session=/);
    expect(await db.session.count({ where: { userId: person.id } })).toBe(1);
  });

  it("refuses an open redirect after sign-in", async () => {
    const person = await createTestPerson();
    for (const redirectTo of ["https://evil.example/", "//evil.example", "/\\evil.example"]) {
      const result = await signIn({ login: person.username, password: TEST_PASSWORD, redirectTo });
      expect(result.headers.get("Location")).toBe("/");
    }
  });

  it("keeps the typed username and says only that the two do not match", async () => {
    const person = await createTestPerson();
    const result = await signIn({ login: person.username, password: "wrong password", redirectTo: "/profile" });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      formError: "login.invalid",
      values: { login: person.username, redirectTo: "/profile" },
    });
    expect(JSON.stringify(result.body)).not.toContain("wrong password");
  });

  it("asks for both fields when they are empty", async () => {
    const result = await signIn({ login: "", password: "" });
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors).toEqual({ login: ["errors.required"], password: ["errors.required"] });
  });

  it("answers 429 with Retry-After once the username is rate-limited", async () => {
    const person = await createTestPerson();
    for (let i = 0; i < 5; i++) await signIn({ login: person.username, password: "wrong password" });
    const result = await signIn({ login: person.username, password: TEST_PASSWORD });
    expect(result.status).toBe(429);
    expect(result.body.formError).toBe("login.rateLimited");
    expect(Number(result.headers.get("Retry-After"))).toBeGreaterThan(0);
  });

  it("shows the form to a visitor and sends a signed-in person straight on", async () => {
    const person = await createTestPerson();
    const visitor = await call(() =>
      loader({ request: getRequest("/login?redirectTo=/profile"), params: {}, context: testContext }),
    );
    expect(visitor).toMatchObject({ status: 200, body: { redirectTo: "/profile" } });
    const cookie = await signedInCookie(person.id);
    const redirected = await call(() =>
      loader({ request: getRequest("/login?redirectTo=/profile", { cookie }), params: {}, context: testContext }),
    );
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get("Location")).toBe("/profile");
  });
});

describe("landing after sign-in", () => {
  it("sends a new hire with an unfinished onboarding collection to /welcome, unless they asked for a page", async () => {
    const newHire = await createTestPerson({ joinedAt: new Date() });
    const veteran = await createTestPerson({ joinedAt: new Date("2020-01-01") });
    const story = await createTestStory(veteran);
    await db.collection.create({
      data: {
        slug: "landing-test",
        title: "Landing",
        audience: "newHires",
        items: { create: [{ storyId: story.id, position: 0, reviewAt: new Date("2030-01-01") }] },
      },
    });
    const signIn = (username: string, redirectTo = "/") =>
      call(() =>
        action({
          request: formRequest("/login", { login: username, password: TEST_PASSWORD, redirectTo }),
          params: {},
          context: testContext,
        }),
      );
    expect((await signIn(newHire.username)).headers.get("Location")).toBe("/welcome");
    expect((await signIn(newHire.username, "/profile")).headers.get("Location")).toBe("/profile");
    expect((await signIn(veteran.username)).headers.get("Location")).toBe("/");
    await db.storyRead.create({ data: { userId: newHire.id, storyId: story.id } });
    expect((await signIn(newHire.username)).headers.get("Location")).toBe("/");
  });
});
