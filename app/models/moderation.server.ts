import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { PhotoView } from "./photos.server";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/domain-error.server";
import { hasRole } from "~/utils/roles";
import { writeAudit } from "./audit.server";
import { unhide } from "./hiding.server";
import { storyPhotosSelect, toPhotoView } from "./photos.server";
import { rescoreStories } from "./ranking.server";
import { findInteractiveStory } from "./stories.server";

export const ReportSchema = z.object({
  reason: z.string().trim().min(3).max(500),
  commentId: z.string().max(40).optional(),
  photoId: z.string().max(40).optional(),
});
export const HideSchema = z.object({ reason: z.string().trim().min(3).max(300) });

type Person = { id: string; role: Role };

/**
 * What a manager's decision on reported content (a story, a comment, a photo) leaves besides the
 * change itself, in its transaction: the open reports about it settled in their name (hidden with
 * it, or dismissed) and an entry in the audit log. Answers how many reports were open.
 */
export async function recordModeration(
  tx: Prisma.TransactionClient,
  manager: { id: string },
  decision: {
    reports: Prisma.ReportWhereInput;
    outcome: "hidden" | "dismissed";
    audit: Omit<Parameters<typeof writeAudit>[1], "actorId">;
  },
) {
  const { count } = await tx.report.updateMany({
    where: { ...decision.reports, status: "open" },
    data: { status: decision.outcome, resolvedById: manager.id, resolvedAt: new Date() },
  });
  await writeAudit(tx, { actorId: manager.id, ...decision.audit });
  return count;
}

/**
 * Anyone may report a story, one of its comments or one of its photos (not one already hidden); a
 * second report by the same person adds nothing.
 */
export async function reportContent({
  reporter,
  storyId,
  commentId,
  photoId,
  reason,
}: {
  reporter: Person;
  storyId: string;
  commentId?: string;
  photoId?: string;
  reason: string;
}) {
  await findInteractiveStory(storyId, reporter);
  if (commentId && photoId) throw notFound();
  if (commentId) {
    const comment = await db.comment.findFirst({
      where: { id: commentId, storyId, deletedAt: null, removedAt: null },
      select: { id: true },
    });
    if (!comment) throw notFound();
  }
  if (photoId) {
    const photo = await db.photo.findFirst({ where: { id: photoId, storyId, hiddenAt: null }, select: { id: true } });
    if (!photo) throw notFound();
  }
  const target = commentId ? { commentId } : photoId ? { photoId } : { storyId, commentId: null, photoId: null };
  const already = await db.report.findFirst({
    where: { ...target, reporterId: reporter.id, status: "open" },
    select: { id: true },
  });
  if (already) return;
  await db.report.create({
    data: {
      reporterId: reporter.id,
      storyId: commentId || photoId ? null : storyId,
      commentId: commentId ?? null,
      photoId: photoId ?? null,
      reason,
    },
  });
}

/** How many reports wait for a manager, for the "Manage" page. */
export function countOpenReports() {
  return db.report.count({ where: { status: "open" } });
}

/** The open reports, oldest first, with what each is about. */
const openReports = () =>
  db.report.findMany({
    where: { status: "open" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      reason: true,
      createdAt: true,
      reporter: { select: { name: true } },
      story: { select: { id: true, title: true, author: { select: { name: true } } } },
      comment: {
        select: {
          id: true,
          body: true,
          author: { select: { name: true } },
          story: { select: { id: true, title: true } },
        },
      },
      photo: {
        select: {
          ...storyPhotosSelect.select,
          story: { select: { id: true, title: true, author: { select: { name: true } } } },
        },
      },
    },
  });

/** Open reports grouped by what they are about, oldest first, and what is hidden now (to restore). */
export async function getModerationQueue() {
  const [reports, hiddenStories, removedComments, hiddenPhotos] = await Promise.all([
    openReports(),
    db.story.findMany({
      where: { hiddenAt: { not: null }, deletedAt: null },
      orderBy: { hiddenAt: "desc" },
      take: 50,
      select: { id: true, title: true, hiddenAt: true, hiddenReason: true },
    }),
    db.comment.findMany({
      where: { removedAt: { not: null }, deletedAt: null },
      orderBy: { removedAt: "desc" },
      take: 50,
      select: { id: true, body: true, storyId: true, removedAt: true, removedReason: true },
    }),
    db.photo.findMany({
      where: { hiddenAt: { not: null }, story: { deletedAt: null } },
      orderBy: { hiddenAt: "desc" },
      take: 50,
      select: { ...storyPhotosSelect.select, hiddenReason: true, story: { select: { id: true, title: true } } },
    }),
  ]);
  const groups = new Map<
    string,
    {
      key: string;
      kind: "story" | "comment" | "photo";
      storyId: string;
      commentId: string | null;
      photo: PhotoView | null;
      title: string;
      text: string;
      author: string | null;
      reports: { reason: string; reporter: string | null; createdAt: Date }[];
    }
  >();
  for (const report of reports) {
    const about = reportedThing(report);
    if (!about) continue;
    const group = groups.get(about.key) ?? { ...about, reports: [] };
    group.reports.push({ reason: report.reason, reporter: report.reporter?.name ?? null, createdAt: report.createdAt });
    groups.set(about.key, group);
  }
  return {
    groups: [...groups.values()],
    hiddenStories,
    removedComments,
    hiddenPhotos: hiddenPhotos.map((photo) => ({
      ...toPhotoView(photo),
      reason: photo.hiddenReason,
      story: photo.story!,
    })),
  };
}

type QueuedReport = Awaited<ReturnType<typeof openReports>>[number];

/** What one report is about, as the queue shows it: a comment, a photo or the story itself. */
function reportedThing(report: QueuedReport) {
  if (report.comment) {
    const { comment } = report;
    return {
      key: `comment:${comment.id}`,
      kind: "comment" as const,
      storyId: comment.story.id,
      commentId: comment.id,
      photo: null,
      title: comment.story.title,
      text: comment.body,
      author: comment.author?.name ?? null,
    };
  }
  if (report.photo?.story) {
    const { photo } = report;
    return {
      key: `photo:${photo.id}`,
      kind: "photo" as const,
      storyId: photo.story!.id,
      commentId: null,
      photo: toPhotoView(photo),
      title: photo.story!.title,
      text: "",
      author: photo.story!.author?.name ?? null,
    };
  }
  if (!report.story) return null;
  return {
    key: `story:${report.story.id}`,
    kind: "story" as const,
    storyId: report.story.id,
    commentId: null,
    photo: null,
    title: report.story.title,
    text: "",
    author: report.story.author?.name ?? null,
  };
}

/** Hides a story from every surface but its author's and managers' views; the author is told why. */
export async function hideStory(storyId: string, manager: Person, reason: string) {
  if (!hasRole(manager, "manager")) throw forbidden();
  const story = await db.story.findFirst({
    where: { id: storyId, deletedAt: null, hiddenAt: null },
    select: { authorId: true },
  });
  if (!story) throw notFound();
  await db.$transaction(async (tx) => {
    await tx.story.update({
      where: { id: storyId },
      data: { hiddenAt: new Date(), hiddenReason: reason, hiddenById: manager.id },
    });
    if (story.authorId)
      await tx.notification.create({
        data: { userId: story.authorId, actorId: manager.id, storyId, type: "moderation" },
      });
    await recordModeration(tx, manager, {
      reports: { storyId },
      outcome: "hidden",
      audit: { action: "story.hide", targetType: "story", targetId: storyId, details: reason },
    });
    await rescoreStories(tx, [storyId]);
  });
}

export async function unhideStory(storyId: string, manager: Person) {
  if (!hasRole(manager, "manager")) throw forbidden();
  await db.$transaction(async (tx) => {
    await unhide(tx, "story", storyId, manager.id);
    await rescoreStories(tx, [storyId]);
  });
}

/** Closes the open reports about a story, a comment or a photo without hiding anything. */
export async function dismissReports(
  target: { storyId?: string; commentId?: string; photoId?: string },
  manager: Person,
) {
  if (!hasRole(manager, "manager")) throw forbidden();
  // A comment's or a photo's reports are dismissed only through the story it is on.
  const where = target.commentId
    ? { commentId: target.commentId, comment: { storyId: target.storyId } }
    : target.photoId
      ? { photoId: target.photoId, photo: { storyId: target.storyId } }
      : { storyId: target.storyId, commentId: null };
  await db.$transaction(async (tx) => {
    const count = await recordModeration(tx, manager, {
      reports: where,
      outcome: "dismissed",
      audit: {
        action: "report.dismiss",
        targetType: target.commentId ? "comment" : target.photoId ? "photo" : "story",
        targetId: (target.commentId ?? target.photoId ?? target.storyId)!,
      },
    });
    // Nothing was open: the transaction takes the audit entry back with it.
    if (count === 0) throw notFound();
  });
}
