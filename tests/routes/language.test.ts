import { describe, expect, it } from "vitest";
import { action } from "~/routes/language";
import { db } from "~/utils/db.server";
import { call, createTestPerson, formRequest, signedInCookie, testContext } from "../factories";

describe("/language", () => {
  it("remembers an anonymous visitor's choice in a cookie and goes back where they were", async () => {
    const result = await call(() =>
      action({
        request: formRequest("/language", { language: "nl", redirectTo: "/login?redirectTo=%2Fprofile" }),
        params: {},
        context: testContext,
      }),
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/login?redirectTo=%2Fprofile");
    expect(result.headers.get("Set-Cookie")).toMatch(/^bw_lang=/);
  });

  it("stores a signed-in person's choice on the account", async () => {
    const person = await createTestPerson({ language: "en" });
    const cookie = await signedInCookie(person.id);
    await call(() =>
      action({
        request: formRequest("/language", { language: "de", redirectTo: "/" }, { cookie }),
        params: {},
        context: testContext,
      }),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).language).toBe("de");
  });

  it("refuses an unknown language and an outside redirect", async () => {
    const unknown = await call(() =>
      action({ request: formRequest("/language", { language: "fr" }), params: {}, context: testContext }),
    );
    expect(unknown.status).toBe(400);
    const outside = await call(() =>
      action({
        request: formRequest("/language", { language: "de", redirectTo: "//evil.example/x" }),
        params: {},
        context: testContext,
      }),
    );
    expect(outside.headers.get("Location")).toBe("/");
  });
});
