import { addDays } from "date-fns";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { invalid, notFound } from "~/utils/domain-error.server";
import { createSecretToken, hashToken, normaliseJoinCode } from "~/utils/tokens.server";
import type { JoinAccount } from "./people.server";
import { chooseUsername, createPerson } from "./people.server";

/** Only its hash is stored: the token itself is in the link the admin hands over, shown once. */
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
  if (teamId && (await db.team.count({ where: { id: teamId, archivedAt: null } })) === 0)
    throw invalid({ fieldErrors: { teamId: ["errors.invalid"] } });
  const { token, tokenHash } = createSecretToken();
  const invitation = await db.invitation.create({
    data: { tokenHash, role, teamId, createdById, note, expiresAt: addDays(now, expiresInDays) },
    select: { id: true, expiresAt: true },
  });
  return { ...invitation, token };
}

// An invitation as the join page and the invitations list both read it: what it grants, and what
// says where it stands (statusOf).
const invitationSelect = { id: true, role: true, expiresAt: true, revokedAt: true, usedAt: true } as const;

/**
 * The invitation a link stands for, or why it can no longer be used: the join page tells the
 * person which, so this is an answer to show rather than a failure.
 */
export async function findUsableInvitation(token: string, now = new Date()) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      ...invitationSelect,
      team: { select: { id: true, name: true } },
    },
  });
  if (!invitation) return { problem: "unknown", invitation: null } as const;
  const status = statusOf(invitation, now);
  return status === "open"
    ? ({ problem: null, invitation } as const)
    : ({ problem: status, invitation: null } as const);
}

/** Where an invitation stands: the join page and the invitations list both say it. */
function statusOf(invitation: { expiresAt: Date; revokedAt: Date | null; usedAt: Date | null }, now: Date) {
  if (invitation.revokedAt) return "revoked";
  if (invitation.usedAt) return "used";
  if (invitation.expiresAt <= now) return "expired";
  return "open";
}

/** Creates the account and uses up the invitation in one step: a link works exactly once. */
export async function acceptInvitation(token: string, account: JoinAccount, language: string | null, now = new Date()) {
  const { invitation, problem } = await findUsableInvitation(token, now);
  if (!invitation) throw invalid({ formError: `join.problem.${problem}` });
  // Claim first: of two people submitting the same link at once, only one gets through.
  const claimed = await db.invitation.updateMany({
    where: { id: invitation.id, usedAt: null, revokedAt: null },
    data: { usedAt: now },
  });
  if (claimed.count === 0) throw invalid({ formError: "join.problem.used" });
  try {
    const person = await createPerson({
      ...(await chooseUsername(account)),
      role: invitation.role,
      teamId: invitation.team?.id ?? null,
      language,
    });
    await db.invitation.update({ where: { id: invitation.id }, data: { usedById: person.id } });
    return { ...person, teamName: invitation.team?.name ?? null };
  } catch (error) {
    // A taken username must not use up the link: the person corrects it and tries again.
    await db.invitation.update({ where: { id: invitation.id }, data: { usedAt: null } });
    throw error;
  }
}

/** Withdraws the invitation if it is still open. */
export async function revokeInvitation(id: string, now = new Date()) {
  const revoked = await db.invitation.updateMany({
    where: { id, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  // A used or already revoked invitation is not an error: that is a second click on a stale page.
  if (revoked.count === 0 && (await db.invitation.count({ where: { id } })) === 0) throw notFound();
}

/** The latest invitations, each with where it stands: open, used, withdrawn or expired. */
export async function listInvitations(now = new Date()) {
  const invitations = await db.invitation.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      ...invitationSelect,
      note: true,
      team: { select: { name: true } },
      usedBy: { select: { name: true } },
    },
  });
  return invitations.map((invitation) => ({ ...invitation, status: statusOf(invitation, now) }));
}

/** The active team a join code belongs to, or null: the join page says when a code is unknown. */
export function findTeamByJoinCode(code: string) {
  const normalised = normaliseJoinCode(code);
  if (!normalised) return null;
  return db.team.findFirst({ where: { joinCode: normalised, archivedAt: null }, select: { id: true, name: true } });
}

/** Joining with a team's code always makes an employee of that team. */
export async function joinWithCode(code: string, account: JoinAccount, language: string | null) {
  const team = await findTeamByJoinCode(code);
  if (!team) throw invalid({ fieldErrors: { code: ["join.codeUnknown"] } });
  const person = await createPerson({
    ...(await chooseUsername(account)),
    role: "employee",
    teamId: team.id,
    language,
  });
  return { ...person, teamName: team.name };
}
