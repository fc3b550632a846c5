import { describe, expect, it } from "vitest";
import {
  acceptInvitation,
  createInvitation,
  findUsableInvitation,
  joinWithCode,
  revokeInvitation,
} from "~/models/invitations.server";
import { AccountTakenError } from "~/models/people.server";
import { db } from "~/utils/db.server";
import { createTestPerson, createTestTeam } from "../factories";

const account = (username: string) => ({
  name: "New Person",
  username,
  password: "a good long password",
  email: undefined,
});

describe("invitations", () => {
  it("creates the account with the invitation's role and team, and stores only the token's hash", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const team = await createTestTeam("Store Nord");
    const invitation = await createInvitation({ role: "manager", teamId: team.id, createdById: admin.id });
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).not.toContain(invitation.token);

    const result = await acceptInvitation(invitation.token, account("new.manager"), "de");
    expect(result.ok).toBe(true);
    const person = await db.user.findUniqueOrThrow({ where: { username: "new.manager" } });
    expect(person).toMatchObject({ role: "manager", teamId: team.id, language: "de" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).usedById).toBe(person.id);
  });

  it("refuses a used invitation the second time", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    expect((await acceptInvitation(token, account("first.one"), null)).ok).toBe(true);
    expect(await acceptInvitation(token, account("second.one"), null)).toEqual({ ok: false, problem: "used" });
    expect(await db.user.findUnique({ where: { username: "second.one" } })).toBeNull();
  });

  it("lets only one of two simultaneous uses through", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    const results = await Promise.all([
      acceptInvitation(token, account("race.a"), null),
      acceptInvitation(token, account("race.b"), null),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses an expired invitation", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const created = new Date("2026-01-01T00:00:00Z");
    const { token } = await createInvitation({
      role: "employee",
      teamId: null,
      createdById: admin.id,
      expiresInDays: 7,
      now: created,
    });
    const eightDaysLater = new Date(created.getTime() + 8 * 24 * 60 * 60 * 1000);
    expect(await findUsableInvitation(token, eightDaysLater)).toEqual({ ok: false, problem: "expired" });
    expect(await acceptInvitation(token, account("too.late"), null, eightDaysLater)).toEqual({
      ok: false,
      problem: "expired",
    });
  });

  it("refuses a revoked invitation and an unknown token", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const invitation = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    await revokeInvitation(invitation.id);
    expect(await acceptInvitation(invitation.token, account("revoked.one"), null)).toEqual({
      ok: false,
      problem: "revoked",
    });
    expect(await findUsableInvitation("made-up-token")).toEqual({ ok: false, problem: "unknown" });
  });

  it("keeps the invitation usable when the username is taken", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    await expect(acceptInvitation(token, account(admin.username), null)).rejects.toBeInstanceOf(AccountTakenError);
    expect((await findUsableInvitation(token)).ok).toBe(true);
  });
});

describe("team join codes", () => {
  it("joins as an employee of the code's team, whatever the case and spacing typed", async () => {
    const team = await createTestTeam("Contact Centre");
    const spaced = `${team.joinCode.slice(0, 4).toLowerCase()} ${team.joinCode.slice(4)}`;
    const result = await joinWithCode(spaced, account("code.joiner"), "nl");
    expect(result.ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { username: "code.joiner" } })).toMatchObject({
      role: "employee",
      teamId: team.id,
    });
  });

  it("refuses an unknown code and the code of an archived team", async () => {
    const team = await createTestTeam("Closed Store");
    await db.team.update({ where: { id: team.id }, data: { archivedAt: new Date() } });
    expect(await joinWithCode(team.joinCode, account("closed.joiner"), null)).toEqual({ ok: false });
    expect(await joinWithCode("ZZZZZZZZ", account("wrong.joiner"), null)).toEqual({ ok: false });
  });

  it("a code can be used again by the next colleague", async () => {
    const team = await createTestTeam("Delivery");
    expect((await joinWithCode(team.joinCode, account("colleague.one"), null)).ok).toBe(true);
    expect((await joinWithCode(team.joinCode, account("colleague.two"), null)).ok).toBe(true);
  });
});
