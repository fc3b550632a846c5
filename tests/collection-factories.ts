// Builders for collection tests: real rows in the test file's own database.
import { subDays } from "date-fns";
import type { CollectionAudience, Role } from "~/generated/prisma/enums";
import { nextReviewDate } from "~/models/collections.server";
import { db } from "~/utils/db.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { createTestPerson, createTestStory, signedInCookie } from "./factories";

let sequence = 0;

export const daysAgo = (days: number, now = new Date()) => subDays(now, days);

/** The one organisation, with its new-hire window (the app reads it with findFirst). */
export async function createTestOrganisation({ newHireDays = 90, brandPromise = "We help you make it yours." } = {}) {
  await db.organisation.deleteMany();
  return db.organisation.create({ data: { name: "Test Org", brandPromise, newHireDays } });
}

/** A person with a session cookie; `joinedDaysAgo` makes a new hire (or not). */
export async function signedInPerson(
  role: Role = "employee",
  overrides: { teamId?: string | null; joinedDaysAgo?: number; name?: string } = {},
) {
  const person = await createTestPerson({
    role,
    teamId: overrides.teamId ?? null,
    name: overrides.name,
    joinedAt: daysAgo(overrides.joinedDaysAgo ?? 400),
  });
  return { ...person, cookie: await signedInCookie(person.id) };
}

/** Published stories by one author, titled so a search can find them. */
export async function createTestStories(count: number, titlePrefix = "Story") {
  const author = await createTestPerson();
  const stories = [];
  for (let index = 1; index <= count; index++)
    stories.push(await createTestStory(author, { title: `${titlePrefix} ${index}` }));
  return stories;
}

type CollectionOverrides = {
  title?: string;
  intro?: string;
  audience?: CollectionAudience;
  teamIds?: string[];
  storyIds?: string[];
  assignedTo?: string[];
  reviewAt?: Date;
};

/** A collection with its stories in the given order (positions 0..n-1). */
export async function createTestCollection(overrides: CollectionOverrides = {}) {
  sequence += 1;
  const intro = overrides.intro ?? "Read these *first*.";
  return db.collection.create({
    data: {
      slug: `collection-${sequence}`,
      title: overrides.title ?? `Collection ${sequence}`,
      introMarkdown: intro,
      introHtml: renderMarkdown(intro),
      audience: overrides.audience ?? "everyone",
      teams: { create: (overrides.teamIds ?? []).map((teamId) => ({ teamId })) },
      assignments: { create: (overrides.assignedTo ?? []).map((userId) => ({ userId })) },
      items: {
        create: (overrides.storyIds ?? []).map((storyId, position) => ({
          storyId,
          position,
          reviewAt: overrides.reviewAt ?? nextReviewDate(new Date()),
        })),
      },
    },
  });
}

/** The collection's stories as stored: [storyId, position] in position order. */
export async function storedOrder(collectionId: string) {
  const items = await db.collectionItem.findMany({
    where: { collectionId },
    orderBy: { position: "asc" },
    select: { storyId: true, position: true },
  });
  return items.map((item) => [item.storyId, item.position] as const);
}

export async function itemOf(collectionId: string, storyId: string) {
  return db.collectionItem.findUniqueOrThrow({ where: { collectionId_storyId: { collectionId, storyId } } });
}

export function markRead(userId: string, storyId: string) {
  return db.storyRead.create({ data: { userId, storyId } });
}
