import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { ReactionKindKey } from "~/utils/dimensions";
import type { RoleName } from "~/utils/roles";
import { notifyReaction } from "./notifications.server";
import { rescoreStories } from "./ranking.server";
import { findInteractiveStory } from "./stories.server";

/** The story's counters, recounted inside the change's own transaction so they never drift. */
async function recountReactions(tx: Prisma.TransactionClient, storyId: string) {
  const [reactionCount, reactors] = await Promise.all([
    tx.reaction.count({ where: { storyId } }),
    tx.reaction.groupBy({ by: ["userId"], where: { storyId } }),
  ]);
  await tx.story.update({ where: { id: storyId }, data: { reactionCount, reactorCount: reactors.length } });
}

/**
 * Adds the person's reaction of this kind, or takes it back when they already gave it. `want`
 * makes a repeated submit (a double tap, a retried request) harmless.
 */
export async function setReaction(
  storyId: string,
  user: { id: string; role: RoleName },
  kind: ReactionKindKey,
  want: boolean,
) {
  const story = await findInteractiveStory(storyId, user);
  return db.$transaction(async (tx) => {
    const key = { storyId_userId_kind: { storyId, userId: user.id, kind } };
    const existing = await tx.reaction.findUnique({ where: key, select: { id: true } });
    if (want && !existing) {
      await tx.reaction.create({ data: { storyId, userId: user.id, kind } });
      if (story.authorId) await notifyReaction(tx, { userId: story.authorId, actorId: user.id, storyId });
    } else if (!want && existing) {
      await tx.reaction.delete({ where: key });
    }
    await recountReactions(tx, storyId);
    await rescoreStories(tx, [storyId]);
    return want;
  });
}
