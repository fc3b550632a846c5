import type { Prisma } from "~/generated/prisma/client";
import { notFound } from "~/utils/domain-error.server";
import { writeAudit } from "./audit.server";

const shown = { hiddenAt: null, hiddenReason: null, hiddenById: null };

/**
 * Shows a hidden story or photo again and writes the audit line, inside the caller's transaction
 * (a story is rescored in the same one). Not found when it was not hidden.
 */
export async function unhide(tx: Prisma.TransactionClient, kind: "story" | "photo", id: string, actorId: string) {
  const where = { id, hiddenAt: { not: null } };
  const { count } =
    kind === "story"
      ? await tx.story.updateMany({ where, data: shown })
      : await tx.photo.updateMany({ where, data: shown });
  if (count === 0) throw notFound();
  await writeAudit(tx, { actorId, action: `${kind}.unhide`, targetType: kind, targetId: id });
}
