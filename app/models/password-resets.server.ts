import { addHours } from "date-fns";
import { db } from "~/utils/db.server";
import { invalid, notFound } from "~/utils/domain-error.server";
import { hashPassword } from "~/utils/password.server";
import { createSecretToken, hashToken } from "~/utils/tokens.server";
import { writeAudit } from "./audit.server";

const RESET_HOURS = 24;

/**
 * A one-time link to set a new password, for people without e-mail: the admin hands it over.
 * Only its hash is stored; a new link retires the person's older open ones.
 */
export async function createPasswordReset(actor: { id: string }, personId: string, now = new Date()) {
  const person = await db.user.findUnique({ where: { id: personId }, select: { id: true, deactivatedAt: true } });
  if (!person || person.deactivatedAt) throw notFound();
  const { token, tokenHash } = createSecretToken();
  await db.$transaction(async (tx) => {
    await tx.passwordReset.updateMany({ where: { userId: personId, usedAt: null }, data: { usedAt: now } });
    await tx.passwordReset.create({
      data: { tokenHash, userId: personId, expiresAt: addHours(now, RESET_HOURS) },
    });
    await writeAudit(tx, { actorId: actor.id, action: "person.reset", targetType: "person", targetId: personId });
  });
  return token;
}

/** The reset a link stands for, or why it no longer works: the reset page tells the person which. */
export async function findUsableReset(token: string, now = new Date()) {
  if (!token || token.length > 100) return { problem: "unknown", reset: null } as const;
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, name: true, username: true, deactivatedAt: true } },
    },
  });
  if (!reset || reset.user.deactivatedAt) return { problem: "unknown", reset: null } as const;
  if (reset.usedAt) return { problem: "used", reset: null } as const;
  if (reset.expiresAt <= now) return { problem: "expired", reset: null } as const;
  return { problem: null, reset } as const;
}

/**
 * Sets the new password and ends every session the person had; the link works exactly once.
 * Returns whose password it was.
 */
export async function resetPassword(token: string, password: string, now = new Date()) {
  const { reset, problem } = await findUsableReset(token, now);
  if (!reset) throw invalid({ formError: `reset.problem.${problem}` });
  const passwordHash = await hashPassword(password);
  const userId = reset.user.id;
  await db.$transaction(async (tx) => {
    // Claim first: of two submissions of the same link, only one gets through.
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) throw invalid({ formError: "reset.problem.used" });
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId } });
  });
  return userId;
}
