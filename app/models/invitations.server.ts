import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { createSecretToken, hashToken, normaliseJoinCode } from "~/utils/tokens.server";
import type { NewAccount } from "./people.server";
import { createPerson } from "./people.server";

const DAY = 24 * 60 * 60 * 1000;

export async function createInvitation({
  role,
  teamId,
  createdById,
  expiresInDays = 14,
  note = "",
  now = new Date(),
}: {
  role: Role;
  teamId: string | null;
  createdById: string;
  expiresInDays?: number;
  note?: string;
  now?: Date;
}) {
  const { token, tokenHash } = createSecretToken();
  const invitation = await db.invitation.create({
    data: { tokenHash, role, teamId, createdById, note, expiresAt: new Date(now.getTime() + expiresInDays * DAY) },
    select: { id: true, expiresAt: true },
  });
  return { ...invitation, token };
}

export type InvitationProblem = "unknown" | "expired" | "revoked" | "used";

/** The invitation a link stands for, or why it can no longer be used. */
export async function findUsableInvitation(token: string, now = new Date()) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      role: true,
      expiresAt: true,
      revokedAt: true,
      usedAt: true,
      team: { select: { id: true, name: true } },
    },
  });
  let problem: InvitationProblem | null = null;
  if (!invitation) problem = "unknown";
  else if (invitation.revokedAt) problem = "revoked";
  else if (invitation.usedAt) problem = "used";
  else if (invitation.expiresAt <= now) problem = "expired";
  return problem ? ({ ok: false, problem } as const) : ({ ok: true, invitation: invitation! } as const);
}

/** Creates the account and uses up the invitation in one step: a link works exactly once. */
export async function acceptInvitation(token: string, account: NewAccount, language: string | null, now = new Date()) {
  const found = await findUsableInvitation(token, now);
  if (!found.ok) return found;
  const { invitation } = found;
  // Claim first: of two people submitting the same link at once, only one gets through.
  const claimed = await db.invitation.updateMany({
    where: { id: invitation.id, usedAt: null, revokedAt: null },
    data: { usedAt: now },
  });
  if (claimed.count === 0) return { ok: false, problem: "used" } as const;
  try {
    const person = await createPerson({
      ...account,
      role: invitation.role,
      teamId: invitation.team?.id ?? null,
      language,
    });
    await db.invitation.update({ where: { id: invitation.id }, data: { usedById: person.id } });
    return { ok: true, person } as const;
  } catch (error) {
    await db.invitation.update({ where: { id: invitation.id }, data: { usedAt: null } });
    throw error;
  }
}

/** Revokes the invitation if it is still open; false when there is no such invitation at all. */
export async function revokeInvitation(id: string, now = new Date()) {
  const revoked = await db.invitation.updateMany({
    where: { id, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  // A used or already revoked invitation is not an error: that is a second click on a stale page.
  return revoked.count > 0 || (await db.invitation.count({ where: { id } })) > 0;
}

export function listInvitations() {
  return db.invitation.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      role: true,
      note: true,
      expiresAt: true,
      revokedAt: true,
      usedAt: true,
      createdAt: true,
      team: { select: { name: true } },
      usedBy: { select: { name: true } },
    },
  });
}

export function findTeamByJoinCode(code: string) {
  const normalised = normaliseJoinCode(code);
  if (!normalised) return null;
  return db.team.findFirst({ where: { joinCode: normalised, archivedAt: null }, select: { id: true, name: true } });
}

/** Joining with a team's code always makes an employee of that team. */
export async function joinWithCode(code: string, account: NewAccount, language: string | null) {
  const team = await findTeamByJoinCode(code);
  if (!team) return { ok: false } as const;
  const person = await createPerson({ ...account, role: "employee", teamId: team.id, language });
  return { ok: true, person, team } as const;
}
