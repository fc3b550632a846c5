// Builders for the admin pages' tests: a person of a role with the cookie of a live session.
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { createTestPerson, signedInCookie } from "./factories";

export async function personWithCookie(role: Role = "employee", teamId: string | null = null) {
  const person = await createTestPerson({ role, teamId });
  return { ...person, cookie: await signedInCookie(person.id) };
}

/** Everything an admin action can change, to prove a refused request changed nothing. */
export async function adminStateSnapshot() {
  const [values, teams, people, organisations, resets, audit] = await Promise.all([
    db.value.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, explanation: true, colour: true, kind: true, position: true, archivedAt: true },
    }),
    db.team.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, slug: true, joinCode: true } }),
    db.user.findMany({
      orderBy: { id: "asc" },
      select: { id: true, role: true, teamId: true, deactivatedAt: true, passwordHash: true },
    }),
    db.organisation.findMany({ select: { name: true, brandPromise: true, defaultLanguage: true, newHireDays: true } }),
    db.passwordReset.count(),
    db.auditLog.count(),
  ]);
  return { values, teams, people, organisations, resets, audit };
}
