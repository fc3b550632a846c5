import { describe, expect, it } from "vitest";
import { createInvitation } from "~/models/invitations.server";
import { action as codeAction, loader as codeLoader } from "~/routes/join._index";
import { action as invitationAction, loader as invitationLoader } from "~/routes/join.$token";
import { db } from "~/utils/db.server";
import { readFlash } from "~/utils/flash.server";
import { usernameFromName } from "~/utils/username";
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

/** The flash message a response leaves for the next page. */
async function flashOf(response: { headers: Headers }) {
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  return (await readFlash(new Request("http://localhost/", { headers: { Cookie: cookies.join("; ") } }))).message;
}

describe("joining: a username from the name, and a welcome on /welcome", () => {
  const join = (team: { joinCode: string }, fields: Record<string, string>, address: string) =>
    call(() =>
      codeAction({
        request: formRequest("/join", { ...newAccount, ...fields, code: team.joinCode }),
        params: {},
        context: { ...testContext, clientAddress: address },
      }),
    );

  it("makes usernames from names, ASCII with dots, always valid", () => {
    expect(usernameFromName("Zoë de Boer")).toBe("zoe.de.boer");
    expect(usernameFromName("  Jürgen Straße ")).toBe("jurgen.strasse");
    expect(usernameFromName("Li")).toBe("li.member");
    expect(usernameFromName("李娜")).toBe("member");
    expect(usernameFromName("A".repeat(60))).toHaveLength(28);
  });

  it("takes the name's username when the field is left empty or as suggested, with a number when it is taken", async () => {
    const team = await createTestTeam("Store Utrecht Centrum");
    const first = await join(team, { name: "Sanne de Vries", username: "" }, "u1");
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe("/welcome");
    expect(await flashOf(first)).toEqual({
      key: "account.welcomeToTeam",
      values: { team: "Store Utrecht Centrum", username: "sanne.de.vries" },
    });
    const second = await join(team, { name: "Sanne de Vries", username: "sanne.de.vries" }, "u2");
    expect(second.status).toBe(302);
    expect(await flashOf(second)).toMatchObject({ values: { username: "sanne.de.vries2" } });
    expect(
      (await db.user.findMany({ where: { name: "Sanne de Vries" }, select: { username: true, teamId: true } })).sort(
        (a, b) => a.username.localeCompare(b.username),
      ),
    ).toEqual([
      { username: "sanne.de.vries", teamId: team.id },
      { username: "sanne.de.vries2", teamId: team.id },
    ]);
  });

  it("refuses a username the person chose that someone has, next to the field", async () => {
    const team = await createTestTeam("Store Gouda");
    const taken = await createTestPerson();
    const result = await join(team, { name: "Eva Bakker", username: taken.username }, "u3");
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors).toEqual({ username: ["errors.usernameTaken"] });
  });

  it("welcomes someone invited without a team on /welcome too", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    const joined = await call(() =>
      invitationAction({
        request: formRequest(`/join/${token}`, { ...newAccount, name: "Noor Jansen", username: "" }),
        params: { token },
        context: testContext,
      }),
    );
    expect(joined.headers.get("Location")).toBe("/welcome");
    expect(await flashOf(joined)).toEqual({
      key: "account.welcomeAboard",
      values: { team: "", username: "noor.jansen" },
    });
  });
});
