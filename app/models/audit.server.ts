import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";

type Entry = { actorId: string; action: string; targetType: string; targetId: string; details?: string };

/** Moderation, highlights and role changes are recorded in the same transaction as the change. */
export function writeAudit(tx: Prisma.TransactionClient, entry: Entry) {
  return tx.auditLog.create({ data: { ...entry, details: entry.details ?? "" } });
}

const PAGE_SIZE = 100;

/** The newest entries first, for admins, with a cursor to older ones. */
export async function listAuditLog(before?: string | null) {
  const cursorRow = before
    ? await db.auditLog.findUnique({ where: { id: before }, select: { createdAt: true, id: true } })
    : null;
  const rows = await db.auditLog.findMany({
    where: cursorRow
      ? {
          OR: [
            { createdAt: { lt: cursorRow.createdAt } },
            { createdAt: cursorRow.createdAt, id: { lt: cursorRow.id } },
          ],
        }
      : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  return { entries: rows.slice(0, PAGE_SIZE), nextBefore: rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1]!.id : null };
}
