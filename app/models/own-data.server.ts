// Each person's own data: everything about them to download, and deleting their account.
import { strToU8, zipSync } from "fflate";
import { db } from "~/utils/db.server";
import { invalid } from "~/utils/domain-error.server";
import { verifyPassword } from "~/utils/password.server";
import { ownAccountSelect } from "./people.server";
import { collectPhotos, listOwnPhotoFiles } from "./photos.server";
import { storage } from "~/utils/storage.server";
import { rescoreStories } from "./ranking.server";
import { indexStory, unindexStoriesBy } from "./search.server";

/**
 * Everything the app holds about the person, and nothing about anyone else: their own words in
 * full; for what they did on others' stories (reactions, reading) only ids, kinds and dates.
 */
export async function exportPersonData(userId: string) {
  const person = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      ...ownAccountSelect,
      createdAt: true,
      stories: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          title: true,
          bodyMarkdown: true,
          customerQuote: true,
          whatHelped: true,
          gotInTheWay: true,
          language: true,
          status: true,
          createdAt: true,
          publishedAt: true,
          editedAt: true,
          deletedAt: true,
          hiddenAt: true,
          hiddenReason: true,
          values: { select: { value: { select: { name: true } } } },
          dimensions: { select: { dimension: true } },
        },
      },
      // Every column of their comments but who wrote them (they did) and who removed one (someone else).
      comments: { orderBy: { createdAt: "asc" }, omit: { authorId: true, removedById: true } },
      reactions: { orderBy: { createdAt: "asc" }, select: { storyId: true, kind: true, createdAt: true } },
      reads: { orderBy: { readAt: "asc" }, select: { storyId: true, readAt: true } },
      mentions: { select: { storyId: true } },
      assignments: { select: { createdAt: true, collection: { select: { title: true } } } },
    },
  });
  const { stories, comments, reactions, reads, mentions, assignments, team, ...profile } = person;
  return {
    exportedAt: new Date().toISOString(),
    profile: { ...profile, team: team?.name ?? null },
    stories: stories.map(({ values, dimensions, ...story }) => ({
      ...story,
      values: values.map(({ value }) => value.name),
      dimensions: dimensions.map(({ dimension }) => dimension),
    })),
    comments,
    reactions,
    readingProgress: reads,
    namedInStories: mentions.map((mention) => mention.storyId),
    assignedCollections: assignments.map((assignment) => ({
      title: assignment.collection.title,
      assignedAt: assignment.createdAt,
    })),
  };
}

/**
 * The download of one's own data: `data.json` (everything above, and a list of their photos) and
 * each photo they took, their face included, as the largest JPEG stored. Photos are stored
 * compressed already, so the archive only packs them.
 */
export async function exportPersonArchive(userId: string) {
  const [data, photos] = await Promise.all([exportPersonData(userId), listOwnPhotoFiles(userId)]);
  const files: Record<string, Uint8Array> = {};
  const listed = [];
  for (const photo of photos) {
    const stored = await storage.get(photo.key);
    if (!stored) continue;
    const file = `photos/${photo.purpose === "avatar" ? "face" : "story"}-${photo.id}.jpg`;
    files[file] = new Uint8Array(await new Response(stored.body).arrayBuffer());
    listed.push({ file, purpose: photo.purpose, storyId: photo.storyId, description: photo.description });
  }
  return zipSync(
    { "data.json": [strToU8(JSON.stringify({ ...data, photos: listed }, null, 2)), { level: 6 }], ...files },
    { level: 0 },
  );
}

/**
 * Deletes the account. Their stories go, or stay without their name, as they chose; their
 * comments stay without their name; every mention of them and their reactions go. Counters and
 * the search index of the stories touched are brought up to date in the same transaction.
 */
export async function deleteAccount(
  userId: string,
  { password, keepStories }: { password: string; keepStories: boolean },
) {
  const person = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(person.passwordHash, password)))
    throw invalid({ fieldErrors: { password: ["profile.wrongPassword"] } });
  // Their face, uploads never posted and the photos of the stories that go: read now, because the
  // rows go with the account (or lose their owner), and deleted with their files once it is gone.
  const photos = await collectPhotos({
    OR: [
      { faceOf: { id: userId } },
      { ownerId: userId, storyId: null },
      ...(keepStories ? [] : [{ story: { authorId: userId } }]),
    ],
  });
  await db.$transaction(async (tx) => {
    const [namedIn, reactedTo] = await Promise.all([
      tx.storyPerson.findMany({ where: { userId }, select: { storyId: true } }),
      tx.reaction.findMany({ where: { userId }, distinct: ["storyId"], select: { storyId: true } }),
    ]);
    if (keepStories) await tx.story.updateMany({ where: { authorId: userId }, data: { authorId: null } });
    else {
      await unindexStoriesBy(tx, userId);
      await tx.story.deleteMany({ where: { authorId: userId } });
    }
    // Mentions, reactions, reading, sessions and notifications go with the row (cascades).
    await tx.user.delete({ where: { id: userId } });
    for (const { storyId } of namedIn) await indexStory(tx, storyId);
    for (const { storyId } of reactedTo) {
      const remaining = await tx.reaction.findMany({ where: { storyId }, select: { userId: true } });
      await tx.story.updateMany({
        where: { id: storyId },
        data: { reactionCount: remaining.length, reactorCount: new Set(remaining.map((row) => row.userId)).size },
      });
    }
    await rescoreStories(
      tx,
      reactedTo.map((row) => row.storyId),
    );
  });
  await photos.remove();
}
