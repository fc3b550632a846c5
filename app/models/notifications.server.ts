import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { faceSelect, withFace } from "./photos.server";

type Tx = Prisma.TransactionClient;
type Notice = { userId: string; actorId: string; storyId: string };

/** Named in a story: told once per story, never about one's own story. */
export async function notifyMention(tx: Tx, { userId, actorId, storyId }: Notice) {
  if (userId === actorId) return;
  await tx.notification.deleteMany({ where: { userId, storyId, type: "mention" } });
  await tx.notification.create({ data: { userId, actorId, storyId, type: "mention" } });
}

export async function withdrawMention(tx: Tx, { userId, storyId }: Omit<Notice, "actorId">) {
  await tx.notification.deleteMany({ where: { userId, storyId, type: "mention" } });
}

/** Reactions on one story gather in one unread notice that counts them, so a popular story is one line. */
export async function notifyReaction(tx: Tx, { userId, actorId, storyId }: Notice) {
  if (userId === actorId) return;
  const unread = await tx.notification.findFirst({
    where: { userId, storyId, type: "reaction", readAt: null },
    select: { id: true },
  });
  if (unread) {
    await tx.notification.update({
      where: { id: unread.id },
      data: { count: { increment: 1 }, actorId, activityAt: new Date() },
    });
  } else {
    await tx.notification.create({ data: { userId, actorId, storyId, type: "reaction" } });
  }
}

export async function notifyComment(tx: Tx, { userId, actorId, storyId }: Notice) {
  if (userId === actorId) return;
  await tx.notification.create({ data: { userId, actorId, storyId, type: "comment" } });
}

/** A person named in a story thanked its author (once per story: the thanks row sees to that). */
export async function notifyThanks(tx: Tx, { userId, actorId, storyId }: Notice) {
  if (userId === actorId) return;
  await tx.notification.create({ data: { userId, actorId, storyId, type: "thanks" } });
}

const PAGE_SIZE = 50;

/** The newest notices, with whether each was unread before this visit; then all are marked read. */
export async function openNotifications(userId: string) {
  const notifications = await db.notification.findMany({
    where: { userId },
    orderBy: { activityAt: "desc" },
    take: PAGE_SIZE,
    select: {
      id: true,
      type: true,
      count: true,
      readAt: true,
      activityAt: true,
      actor: { select: faceSelect },
      story: { select: { id: true, title: true } },
      collection: { select: { slug: true, title: true } },
    },
  });
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return notifications.map(({ readAt, actor, ...notification }) => ({
    ...notification,
    // A moderation notice says "a manager", never which one: no name, no face.
    actor: actor && notification.type !== "moderation" ? withFace(actor) : null,
    isUnread: readAt === null,
  }));
}
