import { describe, expect, it } from "vitest";
import { createInvitation } from "~/models/invitations.server";
import { action as codeAction, loader as codeLoader } from "~/routes/join._index";
import { action as invitationAction, loader as invitationLoader } from "~/routes/join.$token";
import { db } from "~/utils/db.server";
import { call, createTestPerson, createTestTeam, formRequest, getRequest, testContext } from "../factories";

const newAccount = { name: "Ada Nieuw", username: "ada.nieuw", email: "", password: "a good long password" };

describe("/join/:token", () => {
  it("shows what the invitation is for, and 410 once it is used", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const team = await createTestTeam("Store Süd");
    const { token } = await createInvitation({ role: "manager", teamId: team.id, createdById: admin.id });
    const shown = await call(() =>
      invitationLoader({ request: getRequest(`/join/${token}`), params: { token }, context: testContext }),
    );
    expect(shown.body.invitation).toEqual({ role: "manager", teamName: "Store Süd" });

    const joined = await call(() =>
      invitationAction({ request: formRequest(`/join/${token}`, newAccount), params: { token }, context: testContext }),
    );
    expect(joined.status).toBe(302);
    expect(joined.headers.get("Set-Cookie")).toMatch(/^bw_session=/);
    expect(await db.user.findUniqueOrThrow({ where: { username: "ada.nieuw" } })).toMatchObject({
      role: "manager",
      teamId: team.id,
    });

    const again = await call(() =>
      invitationLoader({ request: getRequest(`/join/${token}`), params: { token }, context: testContext }),
    );
    expect(again.status).toBe(410);
    expect(again.body.problem).toBe("used");
  });

  it("keeps what was typed when the username is taken, and the invitation stays open", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    const result = await call(() =>
      invitationAction({
        request: formRequest(`/join/${token}`, { ...newAccount, username: admin.username, name: "Typed Name" }),
        params: { token },
        context: testContext,
      }),
    );
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors).toEqual({ username: ["errors.usernameTaken"] });
    expect(result.body.values).toMatchObject({ name: "Typed Name", username: admin.username });
    expect(result.body.values.password).toBeUndefined();
  });

  it("explains a malformed form field by field", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    const result = await call(() =>
      invitationAction({
        request: formRequest(`/join/${token}`, { name: "", username: "A!", email: "not-mail", password: "short" }),
        params: { token },
        context: testContext,
      }),
    );
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors).toEqual({
      name: ["errors.required"],
      username: ["errors.usernameFormat"],
      email: ["errors.email"],
      password: ["errors.passwordTooShort"],
    });
    expect(result.body.values).toMatchObject({ username: "A!", email: "not-mail" });
  });

  it("answers 404 for an unknown token", async () => {
    const result = await call(() =>
      invitationLoader({ request: getRequest("/join/nope"), params: { token: "nope" }, context: testContext }),
    );
    expect(result.status).toBe(404);
  });
});

describe("/join with a team code", () => {
  it("recognises the code, then creates an employee of that team", async () => {
    const team = await createTestTeam("Delivery West");
    const looked = await call(() =>
      codeLoader({
        request: getRequest(`/join?code=${team.joinCode.toLowerCase()}`),
        params: {},
        context: { ...testContext, clientAddress: "j1" },
      }),
    );
    expect(looked.body).toMatchObject({ teamName: "Delivery West", codeError: null });

    const joined = await call(() =>
      codeAction({
        request: formRequest("/join", { ...newAccount, username: "code.person", code: team.joinCode }),
        params: {},
        context: testContext,
      }),
    );
    expect(joined.status).toBe(302);
    expect(await db.user.findUniqueOrThrow({ where: { username: "code.person" } })).toMatchObject({
      role: "employee",
      teamId: team.id,
    });
  });

  it("marks an unknown code next to the field and keeps the rest", async () => {
    const result = await call(() =>
      codeAction({
        request: formRequest("/join", { ...newAccount, code: "WRONG123" }),
        params: {},
        context: { ...testContext, clientAddress: "j2" },
      }),
    );
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors).toEqual({ code: ["join.codeUnknown"] });
    expect(result.body.values).toMatchObject({ code: "WRONG123", name: newAccount.name });
  });

  it("throttles guessing codes from one address", async () => {
    const context = { ...testContext, clientAddress: "guesser" };
    for (let i = 0; i < 30; i++) await codeLoader({ request: getRequest(`/join?code=GUESS${i}`), params: {}, context });
    const team = await createTestTeam("Guessed");
    const result = await call(() =>
      codeLoader({ request: getRequest(`/join?code=${team.joinCode}`), params: {}, context }),
    );
    expect(result.body).toMatchObject({ teamName: null, codeError: "join.codeRateLimited" });
  });
});
