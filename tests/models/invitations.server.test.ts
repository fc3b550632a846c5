import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  acceptInvitation,
  createInvitation,
  findUsableInvitation,
  joinWithCode,
  revokeInvitation,
} from "~/models/invitations.server";
import { db } from "~/utils/db.server";
import { createTestPerson, createTestTeam } from "../factories";

/** What a refused model call throws: the "invalid" domain error with the message the form shows. */
const refusedWith = (messages: object) => ({ problem: "invalid", messages });

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

    const created = await acceptInvitation(invitation.token, account("new.manager"), "de");
    const person = await db.user.findUniqueOrThrow({ where: { username: "new.manager" } });
    expect(created.id).toBe(person.id);
    expect(person).toMatchObject({ role: "manager", teamId: team.id, language: "de" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).usedById).toBe(person.id);
  });

  it("refuses a used invitation the second time", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    await acceptInvitation(token, account("first.one"), null);
    await expect(acceptInvitation(token, account("second.one"), null)).rejects.toMatchObject(
      refusedWith({ formError: "join.problem.used" }),
    );
    expect(await db.user.findUnique({ where: { username: "second.one" } })).toBeNull();
  });

  it("lets only one of two simultaneous uses through", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    const results = await Promise.allSettled([
      acceptInvitation(token, account("race.a"), null),
      acceptInvitation(token, account("race.b"), null),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: refusedWith({ formError: "join.problem.used" }),
    });
    expect(await db.user.count({ where: { username: { in: ["race.a", "race.b"] } } })).toBe(1);
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
    expect((await findUsableInvitation(token, addDays(created, 6))).problem).toBeNull();
    const eightDaysLater = addDays(created, 8);
    expect(await findUsableInvitation(token, eightDaysLater)).toEqual({ problem: "expired", invitation: null });
    await expect(acceptInvitation(token, account("too.late"), null, eightDaysLater)).rejects.toMatchObject(
      refusedWith({ formError: "join.problem.expired" }),
    );
  });

  it("refuses a revoked invitation and an unknown token", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const invitation = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    await revokeInvitation(invitation.id);
    // A second click on a stale page is not an error; an invitation that never existed is.
    await revokeInvitation(invitation.id);
    await expect(revokeInvitation("no-such-invitation")).rejects.toMatchObject({ problem: "notFound" });
    await expect(acceptInvitation(invitation.token, account("revoked.one"), null)).rejects.toMatchObject(
      refusedWith({ formError: "join.problem.revoked" }),
    );
    expect(await findUsableInvitation("made-up-token")).toEqual({ problem: "unknown", invitation: null });
  });

  it("keeps the invitation usable when the username is taken", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const { token } = await createInvitation({ role: "employee", teamId: null, createdById: admin.id });
    await expect(acceptInvitation(token, account(admin.username), null)).rejects.toMatchObject(
      refusedWith({ fieldErrors: { username: ["errors.usernameTaken"] } }),
    );
    expect((await findUsableInvitation(token)).problem).toBeNull();
  });
});

describe("team join codes", () => {
  it("joins as an employee of the code's team, whatever the case and spacing typed", async () => {
    const team = await createTestTeam("Contact Centre");
    const spaced = `${team.joinCode.slice(0, 4).toLowerCase()} ${team.joinCode.slice(4)}`;
    const joined = await joinWithCode(spaced, account("code.joiner"), "nl");
    expect(await db.user.findUniqueOrThrow({ where: { username: "code.joiner" } })).toMatchObject({
      id: joined.id,
      role: "employee",
      teamId: team.id,
    });
  });

  it("refuses an unknown code and the code of an archived team", async () => {
    const team = await createTestTeam("Closed Store");
    await db.team.update({ where: { id: team.id }, data: { archivedAt: new Date() } });
    const unknownCode = refusedWith({ fieldErrors: { code: ["join.codeUnknown"] } });
    await expect(joinWithCode(team.joinCode, account("closed.joiner"), null)).rejects.toMatchObject(unknownCode);
    await expect(joinWithCode("ZZZZZZZZ", account("wrong.joiner"), null)).rejects.toMatchObject(unknownCode);
    expect(await db.user.count({ where: { username: { in: ["closed.joiner", "wrong.joiner"] } } })).toBe(0);
  });

  it("a code can be used again by the next colleague", async () => {
    const team = await createTestTeam("Delivery");
    await joinWithCode(team.joinCode, account("colleague.one"), null);
    await joinWithCode(team.joinCode, account("colleague.two"), null);
    expect(await db.user.count({ where: { teamId: team.id } })).toBe(2);
  });
});
