import { describe, expect, it } from "vitest";
import { setUpOrganisation } from "~/models/setup.server";
import { action, loader } from "~/routes/setup";
import { db } from "~/utils/db.server";
import { call, createTestPerson, formRequest, testContext } from "../factories";

const form = {
  organisationName: "Bakkerij Brood & Co",
  brandPromise: "Fresh every morning.",
  name: "Ilse Admin",
  username: "ilse",
  email: "",
  password: "a good long password",
};

describe("/setup (first run)", () => {
  it("keeps what was typed when a field is wrong", async () => {
    const result = await call(() =>
      action({ request: formRequest("/setup", { ...form, organisationName: "" }), params: {}, context: testContext }),
    );
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors).toEqual({ organisationName: ["errors.required"] });
    expect(result.body.values).toMatchObject({ brandPromise: "Fresh every morning.", username: "ilse" });
    expect(await db.user.count()).toBe(0);
  });

  it("creates the organisation and its admin on an empty database, in the visitor's language, and signs them in", async () => {
    const request = formRequest("/setup", form);
    request.headers.set("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5");
    const result = await call(() => action({ request, params: {}, context: testContext }));
    expect(result.status).toBe(302);
    expect(result.headers.get("Set-Cookie")).toMatch(/^bw_session=/);
    expect(await db.organisation.findFirstOrThrow()).toMatchObject({
      name: "Bakkerij Brood & Co",
      defaultLanguage: "nl",
    });
    expect(await db.user.findUniqueOrThrow({ where: { username: "ilse" } })).toMatchObject({
      role: "admin",
      language: "nl",
    });
  });

  it("is closed once anyone exists", async () => {
    await createTestPerson();
    expect((await call(() => loader())).headers.get("Location")).toBe("/login");
    const result = await call(() =>
      action({ request: formRequest("/setup", { ...form, username: "intruder" }), params: {}, context: testContext }),
    );
    expect(result.status).toBe(302);
    expect(await db.user.findUnique({ where: { username: "intruder" } })).toBeNull();
    // Past the page's own check (two first visitors at once), the model refuses as well.
    const { organisationName, brandPromise, ...account } = { ...form, username: "second" };
    await expect(setUpOrganisation({ organisationName, brandPromise, account, language: null })).rejects.toMatchObject({
      problem: "gone",
    });
    expect(await db.user.findUnique({ where: { username: "second" } })).toBeNull();
  });
});
