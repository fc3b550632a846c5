import { z } from "zod";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { forbidden } from "~/utils/domain-error.server";
import { hasRole } from "~/utils/roles";
import { writeAudit } from "./audit.server";
import { rescoreStories } from "./ranking.server";
import { findInteractiveStory } from "./stories.server";

export const HighlightSchema = z.object({ note: z.string().trim().min(1).max(300) });

type Manager = { id: string; role: Role };

/** A manager marks a story as one that matters, with why; changing the note keeps the date. */
export async function highlightStory(storyId: string, manager: Manager, note: string) {
  if (!hasRole(manager, "manager")) throw forbidden();
  const story = await findInteractiveStory(storyId, manager);
  await db.$transaction(async (tx) => {
    const existing = await tx.highlight.findUnique({ where: { storyId }, select: { id: true } });
    if (existing) {
      await tx.highlight.update({ where: { storyId }, data: { note, managerId: manager.id } });
    } else {
      await tx.highlight.create({ data: { storyId, note, managerId: manager.id } });
      if (story.authorId && story.authorId !== manager.id) {
        await tx.notification.create({
          data: { userId: story.authorId, actorId: manager.id, storyId, type: "highlight" },
        });
      }
    }
    await writeAudit(tx, {
      actorId: manager.id,
      action: existing ? "story.highlight.edit" : "story.highlight",
      targetType: "story",
      targetId: storyId,
      details: note,
    });
    await rescoreStories(tx, [storyId]);
  });
}

export async function removeHighlight(storyId: string, manager: Manager) {
  if (!hasRole(manager, "manager")) throw forbidden();
  // A story without a highlight is fine (a second click); a story that is not there is not found.
  await findInteractiveStory(storyId, manager);
  await db.$transaction(async (tx) => {
    const { count } = await tx.highlight.deleteMany({ where: { storyId } });
    if (count)
      await writeAudit(tx, {
        actorId: manager.id,
        action: "story.unhighlight",
        targetType: "story",
        targetId: storyId,
      });
    await rescoreStories(tx, [storyId]);
  });
}
