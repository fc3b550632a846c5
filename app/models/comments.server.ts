import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/domain-error.server";
import { hasRole } from "~/utils/roles";
import { writeAudit } from "./audit.server";
import { notifyComment } from "./notifications.server";
import { recordModeration } from "./moderation.server";
import { rescoreStories } from "./ranking.server";
import { findInteractiveStory } from "./stories.server";

export const CommentSchema = z.object({ body: z.string().trim().min(1).max(2_000) });

type Actor = { id: string; role: Role };

/** Shown comments only: deleted and removed ones no longer count. */
async function recountComments(tx: Prisma.TransactionClient, storyId: string) {
  const commentCount = await tx.comment.count({ where: { storyId, deletedAt: null, removedAt: null } });
  await tx.story.update({ where: { id: storyId }, data: { commentCount } });
  await rescoreStories(tx, [storyId]);
}

export async function addComment(storyId: string, author: Actor, body: string) {
  const story = await findInteractiveStory(storyId, author);
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.create({ data: { storyId, authorId: author.id, body }, select: { id: true } });
    if (story.authorId) await notifyComment(tx, { userId: story.authorId, actorId: author.id, storyId });
    await recountComments(tx, storyId);
    return comment;
  });
}

/** A comment on a story this person can see, still shown. */
async function findLiveComment(commentId: string, storyId: string, actor: Actor) {
  await findInteractiveStory(storyId, actor);
  const comment = await db.comment.findFirst({
    where: { id: commentId, storyId, deletedAt: null, removedAt: null },
    select: { id: true, authorId: true },
  });
  if (!comment) throw notFound();
  return comment;
}

export async function editComment(commentId: string, storyId: string, author: Actor, body: string) {
  const comment = await findLiveComment(commentId, storyId, author);
  if (comment.authorId !== author.id) throw forbidden();
  await db.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() } });
}

export async function deleteComment(commentId: string, storyId: string, author: Actor) {
  const comment = await findLiveComment(commentId, storyId, author);
  if (comment.authorId !== author.id) throw forbidden();
  await db.$transaction(async (tx) => {
    await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date() } });
    await recountComments(tx, storyId);
  });
}

/**
 * A manager takes a comment down, from the story page or the moderation queue: the page keeps a
 * line saying so (its author also sees the reason), open reports on it are settled, and the
 * audit log records it.
 */
export async function removeComment(commentId: string, storyId: string, manager: Actor, reason = "") {
  if (!hasRole(manager, "manager")) throw forbidden();
  await findLiveComment(commentId, storyId, manager);
  await db.$transaction(async (tx) => {
    await tx.comment.update({
      where: { id: commentId },
      data: { removedAt: new Date(), removedById: manager.id, removedReason: reason || null },
    });
    await recordModeration(tx, manager, {
      reports: { commentId },
      outcome: "hidden",
      audit: { action: "comment.remove", targetType: "comment", targetId: commentId, details: reason },
    });
    await recountComments(tx, storyId);
  });
}

/** Puts a removed comment back, from the moderation queue. */
export async function restoreComment(commentId: string, manager: Actor) {
  if (!hasRole(manager, "manager")) throw forbidden();
  const comment = await db.comment.findFirst({
    where: { id: commentId, removedAt: { not: null }, deletedAt: null },
    select: { storyId: true },
  });
  if (!comment) throw notFound();
  await db.$transaction(async (tx) => {
    await tx.comment.update({
      where: { id: commentId },
      data: { removedAt: null, removedById: null, removedReason: null },
    });
    await writeAudit(tx, {
      actorId: manager.id,
      action: "comment.restore",
      targetType: "comment",
      targetId: commentId,
    });
    await recountComments(tx, comment.storyId);
  });
}
