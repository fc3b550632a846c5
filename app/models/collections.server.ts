// Collections: a manager's hand-ordered set of stories with an introduction, for everyone, for
// chosen teams, for new hires, or assigned to people directly. See docs/collections.md.
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import { hasRole } from "~/utils/roles";
import { db } from "~/utils/db.server";
import { checkboxList, recordId } from "~/utils/forms";
import { renderMarkdown } from "~/utils/markdown.server";
import { writeAudit } from "./audit.server";
import { getOrganisation } from "./organisation.server";
import { findMatchingStoryIds, searchTerms } from "./search.server";
import { slugify } from "~/utils/slugs.server";
import { visibleStoryWhere } from "./visibility.server";

type Tx = Prisma.TransactionClient;

const DAY = 24 * 60 * 60 * 1000;
/** When the organisation has not said otherwise (the schema's default too). */
export const DEFAULT_NEW_HIRE_DAYS = 90;
/** A story in a collection comes up for review this long after it was added or last kept. */
export const REVIEW_MONTHS = 6;
export const collectionAudiences = ["everyone", "teams", "newHires"] as const;
export type CollectionAudienceName = (typeof collectionAudiences)[number];

/** Who is looking: what the session gives every loader. */
export type CollectionViewer = { id: string; role: Role; teamId: string | null; joinedAt: Date };

// These paths under /collections are pages of their own, so no collection may take them as a slug.
const RESERVED_SLUGS = new Set(["new", "add", "review", "progress"]);

export class CollectionNotFoundError extends Error {}
export class CollectionItemNotFoundError extends Error {}
/** The story is not published, or hidden, or deleted: it cannot go into a collection. */
export class StoryUnavailableError extends Error {}
export class AlreadyInCollectionError extends Error {}
export class AssigneeNotFoundError extends Error {}
export class InvalidChoiceError extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("Invalid choice");
  }
}

/** Months in the calendar sense; the 31st becomes the last day of a shorter month. */
export function addMonths(date: Date, months: number) {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

export async function getNewHireDays() {
  return (await getOrganisation())?.newHireDays ?? DEFAULT_NEW_HIRE_DAYS;
}

/** Whether the person joined less than `newHireDays` days ago. */
export function isNewHire(person: { joinedAt: Date | string }, newHireDays: number, now = new Date()) {
  return now.getTime() - new Date(person.joinedAt).getTime() < newHireDays * DAY;
}

export function newHireCutoff(newHireDays: number, now = new Date()) {
  return new Date(now.getTime() - newHireDays * DAY);
}

/**
 * The collections a person may open: for everyone, for their team, for new hires while they are
 * one, and any assigned to them. Managers and admins see them all, to curate them.
 */
export function collectionAccessWhere(
  viewer: CollectionViewer,
  newHireDays: number,
  now = new Date(),
): Prisma.CollectionWhereInput {
  if (hasRole(viewer, "manager")) return { archivedAt: null };
  const audiences: Prisma.CollectionWhereInput[] = [
    { audience: "everyone" },
    { assignments: { some: { userId: viewer.id } } },
  ];
  if (viewer.teamId) audiences.push({ audience: "teams", teams: { some: { teamId: viewer.teamId } } });
  if (isNewHire(viewer, newHireDays, now)) audiences.push({ audience: "newHires" });
  return { archivedAt: null, OR: audiences };
}

/** The collections on a person's onboarding path: those for new hires while they are one, plus their assignments. */
export function onboardingPathWhere(
  person: { id: string; joinedAt: Date },
  newHireDays: number,
  now = new Date(),
): Prisma.CollectionWhereInput {
  const meant: Prisma.CollectionWhereInput[] = [{ assignments: { some: { userId: person.id } } }];
  if (isNewHire(person, newHireDays, now)) meant.push({ audience: "newHires" });
  return { archivedAt: null, OR: meant };
}

export type Progress = { read: number; total: number };

/**
 * Reading progress per collection and person. Only visible stories count, and only the ones a
 * person marked with "I've read this": opening a story is not reading it.
 */
export async function getProgress(collectionIds: string[], userIds: string[]) {
  const items = collectionIds.length
    ? await db.collectionItem.findMany({
        where: { collectionId: { in: collectionIds }, story: visibleStoryWhere },
        select: { collectionId: true, storyId: true },
      })
    : [];
  const storyIds = [...new Set(items.map((item) => item.storyId))];
  const reads =
    storyIds.length && userIds.length
      ? await db.storyRead.findMany({
          where: { userId: { in: userIds }, storyId: { in: storyIds } },
          select: { userId: true, storyId: true },
        })
      : [];
  const hasRead = new Set(reads.map((read) => `${read.userId} ${read.storyId}`));
  return (collectionId: string, userId: string): Progress => {
    const stories = items.filter((item) => item.collectionId === collectionId);
    return { read: stories.filter((item) => hasRead.has(`${userId} ${item.storyId}`)).length, total: stories.length };
  };
}

export const isFinished = (progress: Progress) => progress.total > 0 && progress.read === progress.total;

// "Week 2" before "Week 10": titles sort the way people number them.
const titleOrder = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
export const byTitle = (a: { title: string }, b: { title: string }) => titleOrder.compare(a.title, b.title);

/** /collections: what this person may open, each with their progress; managers also see what is due for review. */
export async function listCollectionsFor(viewer: CollectionViewer, now = new Date()) {
  const newHireDays = await getNewHireDays();
  const rows = await db.collection.findMany({
    where: collectionAccessWhere(viewer, newHireDays, now),
    select: {
      id: true,
      slug: true,
      title: true,
      audience: true,
      teams: { select: { team: { select: { name: true } } } },
      assignments: { where: { userId: viewer.id }, select: { userId: true } },
    },
  });
  const progress = await getProgress(
    rows.map((row) => row.id),
    [viewer.id],
  );
  const isManager = hasRole(viewer, "manager");
  return {
    isManager,
    dueForReview: isManager ? await countItemsDueForReview(now) : 0,
    // New hires and people with an assignment have a welcome page with their path on it.
    hasWelcomePage: isNewHire(viewer, newHireDays, now) || rows.some((row) => row.assignments.length > 0),
    collections: rows.sort(byTitle).map((row) => ({
      slug: row.slug,
      title: row.title,
      audience: row.audience,
      teamNames: row.teams.map(({ team }) => team.name).sort(),
      isAssigned: row.assignments.length > 0,
      progress: progress(row.id, viewer.id),
    })),
  };
}

async function findAccessibleCollection(slug: string, viewer: CollectionViewer, now: Date) {
  const newHireDays = await getNewHireDays();
  return db.collection.findFirst({
    where: { AND: [{ slug }, collectionAccessWhere(viewer, newHireDays, now)] },
    select: { id: true, slug: true, title: true },
  });
}

const storyListSelect = {
  id: true,
  title: true,
  language: true,
  status: true,
  deletedAt: true,
  hiddenAt: true,
  publishedAt: true,
  author: { select: { name: true } },
  team: { select: { name: true } },
} as const;

const isAvailable = (story: { status: string; deletedAt: Date | null; hiddenAt: Date | null }) =>
  story.status === "published" && !story.deletedAt && !story.hiddenAt;

/**
 * /collections/:slug as this person sees it, or null. Stories that are hidden, deleted or not
 * published are left out for everyone but managers, who see them marked, to replace or remove.
 */
export async function getCollectionPage(slug: string, viewer: CollectionViewer, now = new Date()) {
  const found = await findAccessibleCollection(slug, viewer, now);
  if (!found) return null;
  const isManager = hasRole(viewer, "manager");
  const collection = await db.collection.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      slug: true,
      title: true,
      introHtml: true,
      audience: true,
      teams: { select: { team: { select: { name: true } } } },
      items: {
        where: isManager ? {} : { story: visibleStoryWhere },
        orderBy: { position: "asc" },
        select: {
          id: true,
          note: true,
          story: { select: { ...storyListSelect, reads: { where: { userId: viewer.id }, select: { readAt: true } } } },
        },
      },
    },
  });
  const items = collection.items.map(({ id, note, story }) => ({
    id,
    note,
    story: {
      id: story.id,
      title: story.title,
      language: story.language,
      publishedAt: story.publishedAt,
      authorName: story.author?.name ?? null,
      teamName: story.team?.name ?? null,
    },
    isAvailable: isAvailable(story),
    hasRead: story.reads.length > 0,
  }));
  const counted = items.filter((item) => item.isAvailable);
  const progress = { read: counted.filter((item) => item.hasRead).length, total: counted.length };
  return {
    collection: {
      slug: collection.slug,
      title: collection.title,
      introHtml: collection.introHtml,
      audience: collection.audience,
      teamNames: collection.teams.map(({ team }) => team.name).sort(),
    },
    items,
    progress,
    isFinished: isFinished(progress),
    nextStoryId: counted.find((item) => !item.hasRead)?.story.id ?? null,
    canEdit: isManager,
  };
}

/** The visible stories of a collection in its order, with whether this person has read each. */
async function readingList(collectionId: string, userId: string) {
  const items = await db.collectionItem.findMany({
    where: { collectionId, story: visibleStoryWhere },
    orderBy: { position: "asc" },
    select: { storyId: true, story: { select: { reads: { where: { userId }, select: { readAt: true } } } } },
  });
  return items.map((item) => ({ storyId: item.storyId, hasRead: item.story.reads.length > 0 }));
}

/** What the story page shows when it is read as part of a collection; see CollectionReadingBar. */
export type CollectionContext = {
  collection: { slug: string; title: string };
  /** 1-based. */
  position: number;
  total: number;
  previousStoryId: string | null;
  nextStoryId: string | null;
  hasRead: boolean;
  isLast: boolean;
  /** The person has marked every story of the collection as read. */
  finishedNow: boolean;
};

/**
 * The story's place in the collection for this person (`/stories/:id?collection=:slug`), or null
 * when the collection is not theirs to open or the story is not (or no longer) visible in it.
 */
export async function getCollectionContext({
  slug,
  storyId,
  viewer,
  now = new Date(),
}: {
  slug: string;
  storyId: string;
  viewer: CollectionViewer;
  now?: Date;
}): Promise<CollectionContext | null> {
  const collection = await findAccessibleCollection(slug, viewer, now);
  if (!collection) return null;
  const list = await readingList(collection.id, viewer.id);
  const index = list.findIndex((item) => item.storyId === storyId);
  if (index === -1) return null;
  return {
    collection: { slug: collection.slug, title: collection.title },
    position: index + 1,
    total: list.length,
    previousStoryId: list[index - 1]?.storyId ?? null,
    nextStoryId: list[index + 1]?.storyId ?? null,
    hasRead: list[index]!.hasRead,
    isLast: index === list.length - 1,
    finishedNow: list.every((item) => item.hasRead),
  };
}

/**
 * "I've read this": records the read (the first date stays) and says where to go next: the next
 * story in the collection's order, else the first one still unread; `finishedNow` when this mark
 * completed the collection. Null when the story is not in a collection this person may open.
 */
export async function markStoryRead({
  slug,
  storyId,
  viewer,
  now = new Date(),
}: {
  slug: string;
  storyId: string;
  viewer: CollectionViewer;
  now?: Date;
}) {
  const collection = await findAccessibleCollection(slug, viewer, now);
  if (!collection) return null;
  const before = await readingList(collection.id, viewer.id);
  const index = before.findIndex((item) => item.storyId === storyId);
  if (index === -1) return null;
  await db.storyRead.upsert({
    where: { userId_storyId: { userId: viewer.id, storyId } },
    create: { userId: viewer.id, storyId, readAt: now },
    update: {},
  });
  const after = before.map((item) => (item.storyId === storyId ? { ...item, hasRead: true } : item));
  const wasFinished = before.every((item) => item.hasRead);
  const isDone = after.every((item) => item.hasRead);
  return {
    collection: { slug: collection.slug, title: collection.title },
    finishedNow: isDone && !wasFinished,
    nextStoryId: after[index + 1]?.storyId ?? after.find((item) => !item.hasRead)?.storyId ?? null,
  };
}

// ---- Curating (managers) ---------------------------------------------------------------------

/** Title, introduction and audience, for a new collection and for edits. */
export const CollectionDetailsSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    intro: z.string().trim().max(10_000).default(""),
    audience: z.enum(collectionAudiences),
    teams: checkboxList(recordId),
  })
  .superRefine((input, ctx) => {
    if (input.audience === "teams" && input.teams.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["teams"], message: "collections.errors.teamsRequired" });
    }
  });
export type CollectionDetails = z.infer<typeof CollectionDetailsSchema>;

/** Teams only count for the "chosen teams" audience; ids must be teams that exist and are not archived. */
async function checkedTeamIds(input: CollectionDetails) {
  if (input.audience !== "teams") return [];
  const wanted = [...new Set(input.teams)];
  const found = await db.team.count({ where: { id: { in: wanted }, archivedAt: null } });
  if (found !== wanted.length) throw new InvalidChoiceError({ teams: ["errors.invalid"] });
  return wanted;
}

async function uniqueSlug(tx: Tx, title: string) {
  const base = slugify(title);
  for (let attempt = 1; ; attempt++) {
    if (attempt === 1 && RESERVED_SLUGS.has(base)) continue;
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    if (!(await tx.collection.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

function detailFields(input: CollectionDetails) {
  return {
    title: input.title,
    introMarkdown: input.intro,
    introHtml: renderMarkdown(input.intro),
    audience: input.audience,
  };
}

export async function createCollection(manager: { id: string }, input: CollectionDetails) {
  const teamIds = await checkedTeamIds(input);
  return db.$transaction(async (tx) => {
    const collection = await tx.collection.create({
      data: {
        ...detailFields(input),
        slug: await uniqueSlug(tx, input.title),
        createdById: manager.id,
        teams: { create: teamIds.map((teamId) => ({ teamId })) },
      },
      select: { id: true, slug: true, title: true },
    });
    await writeAudit(tx, {
      actorId: manager.id,
      action: "collection.create",
      targetType: "collection",
      targetId: collection.id,
      details: collection.title,
    });
    return collection;
  });
}

/** The slug stays when the title changes: links in notifications and bookmarks keep working. */
export async function updateCollectionDetails(collectionId: string, input: CollectionDetails) {
  const teamIds = await checkedTeamIds(input);
  await db.$transaction(async (tx) => {
    await tx.collectionTeam.deleteMany({ where: { collectionId } });
    await tx.collection.update({
      where: { id: collectionId },
      data: { ...detailFields(input), teams: { create: teamIds.map((teamId) => ({ teamId })) } },
    });
  });
}

export async function deleteCollection(collectionId: string, manager: { id: string }) {
  await db.$transaction(async (tx) => {
    const collection = await tx.collection.delete({ where: { id: collectionId }, select: { id: true, title: true } });
    await writeAudit(tx, {
      actorId: manager.id,
      action: "collection.delete",
      targetType: "collection",
      targetId: collection.id,
      details: collection.title,
    });
  });
}

/** The collection by slug for its editor (managers only; the route checks the role). */
export async function findCollectionBySlug(slug: string) {
  const collection = await db.collection.findFirst({
    where: { slug, archivedAt: null },
    select: { id: true, slug: true, title: true },
  });
  if (!collection) throw new CollectionNotFoundError();
  return collection;
}

/** Everything the editor shows: details, every item (unavailable ones marked), assignees and their progress. */
export async function getCollectionForEditing(slug: string) {
  const collection = await db.collection.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      introMarkdown: true,
      audience: true,
      teams: { select: { teamId: true } },
      items: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, note: true, reviewAt: true, story: { select: storyListSelect } },
      },
      assignments: {
        orderBy: { user: { name: "asc" } },
        select: { user: { select: { id: true, name: true, team: { select: { name: true } } } } },
      },
    },
  });
  if (!collection) return null;
  const progress = await getProgress(
    [collection.id],
    collection.assignments.map(({ user }) => user.id),
  );
  return {
    collection: {
      id: collection.id,
      slug: collection.slug,
      title: collection.title,
      intro: collection.introMarkdown,
      audience: collection.audience,
      teamIds: collection.teams.map(({ teamId }) => teamId),
    },
    items: collection.items.map(({ story, ...item }) => ({
      ...item,
      story: { id: story.id, title: story.title, language: story.language, authorName: story.author?.name ?? null },
      isAvailable: isAvailable(story),
    })),
    assignees: collection.assignments.map(({ user }) => ({
      id: user.id,
      name: user.name,
      teamName: user.team?.name ?? null,
      progress: progress(collection.id, user.id),
    })),
  };
}

/** Positions stay 0..n-1 in the given order, whatever was there before. */
async function renumber(tx: Tx, orderedIds: string[]) {
  for (const [position, id] of orderedIds.entries())
    await tx.collectionItem.update({ where: { id }, data: { position } });
}

async function orderedItemIds(tx: Tx, collectionId: string) {
  const items = await tx.collectionItem.findMany({
    where: { collectionId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  return items.map((item) => item.id);
}

async function requireVisibleStory(client: Tx, storyId: string) {
  const story = await client.story.findFirst({
    where: { id: storyId, ...visibleStoryWhere },
    select: { id: true, title: true },
  });
  if (!story) throw new StoryUnavailableError();
  return story;
}

/** Adds a visible story at the end, with a review date six months on. */
export async function addStoryToCollection(
  collectionId: string,
  storyId: string,
  { note = "", now = new Date() }: { note?: string; now?: Date } = {},
) {
  return db.$transaction(async (tx) => {
    const story = await requireVisibleStory(tx, storyId);
    if (
      await tx.collectionItem.findUnique({
        where: { collectionId_storyId: { collectionId, storyId } },
        select: { id: true },
      })
    )
      throw new AlreadyInCollectionError();
    const ids = await orderedItemIds(tx, collectionId);
    const item = await tx.collectionItem.create({
      data: { collectionId, storyId, note, position: ids.length, reviewAt: addMonths(now, REVIEW_MONTHS) },
      select: { id: true },
    });
    await renumber(tx, [...ids, item.id]);
    return story;
  });
}

export async function removeCollectionItem(collectionId: string, itemId: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.collectionItem.deleteMany({ where: { id: itemId, collectionId } });
    if (count === 0) throw new CollectionItemNotFoundError();
    await renumber(tx, await orderedItemIds(tx, collectionId));
  });
}

export async function moveCollectionItem(collectionId: string, itemId: string, direction: "up" | "down") {
  await db.$transaction(async (tx) => {
    const ids = await orderedItemIds(tx, collectionId);
    const from = ids.indexOf(itemId);
    if (from === -1) throw new CollectionItemNotFoundError();
    const to = direction === "up" ? from - 1 : from + 1;
    if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    await renumber(tx, ids);
  });
}

/** A new order from drag and drop: exactly the collection's items, each once. */
export async function reorderCollectionItems(collectionId: string, itemIds: string[]) {
  await db.$transaction(async (tx) => {
    const current = await orderedItemIds(tx, collectionId);
    const isPermutation =
      itemIds.length === current.length &&
      new Set(itemIds).size === itemIds.length &&
      itemIds.every((id) => current.includes(id));
    if (!isPermutation) throw new CollectionItemNotFoundError();
    await renumber(tx, itemIds);
  });
}

export async function updateCollectionItem(
  collectionId: string,
  itemId: string,
  { note, reviewAt }: { note: string; reviewAt: Date },
) {
  const { count } = await db.collectionItem.updateMany({
    where: { id: itemId, collectionId },
    data: { note, reviewAt },
  });
  if (count === 0) throw new CollectionItemNotFoundError();
}

/** Assigns the collection to people; each newly assigned person is told once. */
export async function assignCollection(collectionId: string, userIds: string[], manager: { id: string }) {
  const wanted = [...new Set(userIds)];
  const people = await db.user.findMany({ where: { id: { in: wanted }, deactivatedAt: null }, select: { id: true } });
  if (people.length !== wanted.length) throw new InvalidChoiceError({ userIds: ["errors.invalid"] });
  return db.$transaction(async (tx) => {
    const existing = new Set(
      (
        await tx.collectionAssignment.findMany({
          where: { collectionId, userId: { in: wanted } },
          select: { userId: true },
        })
      ).map((row) => row.userId),
    );
    const added = wanted.filter((userId) => !existing.has(userId));
    for (const userId of added) {
      await tx.collectionAssignment.create({ data: { collectionId, userId } });
      if (userId !== manager.id)
        await tx.notification.create({ data: { userId, actorId: manager.id, collectionId, type: "assignment" } });
    }
    return added.length;
  });
}

/** Takes the assignment back, and its notice with it. */
/** Ends an assignment (a second click on a stale page is fine); unknown people are not found. */
export async function unassignCollection(collectionId: string, userId: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.collectionAssignment.deleteMany({ where: { collectionId, userId } });
    if (count === 0 && !(await tx.user.findUnique({ where: { id: userId }, select: { id: true } })))
      throw new AssigneeNotFoundError();
    await tx.notification.deleteMany({ where: { collectionId, userId, type: "assignment" } });
  });
}

/** Active people to assign to, by team then name. */
export function listAssignablePeople() {
  return db.user.findMany({
    where: { deactivatedAt: null },
    orderBy: [{ team: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, team: { select: { name: true } } },
  });
}

const SEARCH_RESULTS = 10;

/**
 * Stories to add to a collection, by the feed's full-text search: visible ones only, best match
 * first, without those already in the collection. `isTooShort` when no word had three letters.
 */
export async function findStoriesToAdd(query: string, excludeCollectionId?: string) {
  const terms = searchTerms(query);
  if (!terms.length) return { terms, isTooShort: query.trim().length > 0, stories: [] };
  const matches = await findMatchingStoryIds(terms, 200);
  const taken = excludeCollectionId
    ? new Set(
        (
          await db.collectionItem.findMany({
            where: { collectionId: excludeCollectionId, storyId: { in: matches } },
            select: { storyId: true },
          })
        ).map((row) => row.storyId),
      )
    : new Set<string>();
  const ids = matches.filter((id) => !taken.has(id)).slice(0, SEARCH_RESULTS);
  const rows = await db.story.findMany({ where: { id: { in: ids }, ...visibleStoryWhere }, select: storyListSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    terms,
    isTooShort: false,
    stories: ids.flatMap((id) => {
      const row = byId.get(id);
      return row
        ? [
            {
              id: row.id,
              title: row.title,
              language: row.language,
              publishedAt: row.publishedAt,
              authorName: row.author?.name ?? null,
              teamName: row.team?.name ?? null,
            },
          ]
        : [];
    }),
  };
}

/** /collections/add?story=: the story (if visible) and every collection, marking those that have it. */
export async function getCollectionChoicesForStory(storyId: string) {
  const story = await db.story.findFirst({
    where: { id: storyId, ...visibleStoryWhere },
    select: { id: true, title: true, language: true },
  });
  if (!story) return null;
  const collections = await db.collection.findMany({
    where: { archivedAt: null },
    select: { id: true, slug: true, title: true, items: { where: { storyId }, select: { id: true } } },
  });
  return {
    story,
    collections: collections
      .sort(byTitle)
      .map(({ items, ...collection }) => ({ ...collection, hasStory: items.length > 0 })),
  };
}

/** Adds the story to the collection chosen by id (the "Add to collection" page). */
export async function addStoryToCollectionById(collectionId: string, storyId: string, note: string, now = new Date()) {
  const collection = await db.collection.findFirst({
    where: { id: collectionId, archivedAt: null },
    select: { id: true, slug: true, title: true },
  });
  if (!collection) throw new CollectionNotFoundError();
  await addStoryToCollection(collection.id, storyId, { note, now });
  return collection;
}

// ---- Review ----------------------------------------------------------------------------------

export function countItemsDueForReview(now = new Date()) {
  return db.collectionItem.count({ where: { reviewAt: { lte: now }, collection: { archivedAt: null } } });
}

/** "Is this still how we do it?": items whose review date has come, oldest first. */
export async function listItemsDueForReview(now = new Date()) {
  const items = await db.collectionItem.findMany({
    where: { reviewAt: { lte: now }, collection: { archivedAt: null } },
    orderBy: [{ reviewAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      note: true,
      reviewAt: true,
      position: true,
      collection: { select: { id: true, slug: true, title: true } },
      story: { select: storyListSelect },
    },
  });
  return items.map(({ story, ...item }) => ({
    ...item,
    story: {
      id: story.id,
      title: story.title,
      language: story.language,
      authorName: story.author?.name ?? null,
      publishedAt: story.publishedAt,
    },
    isAvailable: isAvailable(story),
  }));
}

async function findItem(itemId: string) {
  const item = await db.collectionItem.findFirst({
    where: { id: itemId, collection: { archivedAt: null } },
    select: { id: true, collectionId: true },
  });
  if (!item) throw new CollectionItemNotFoundError();
  return item;
}

/**
 * Still how we do it: the next review is six months after today. (From today rather than from
 * the old date, so an item reviewed late does not come straight back.)
 */
export async function keepReviewedItem(itemId: string, now = new Date()) {
  await findItem(itemId);
  await db.collectionItem.update({ where: { id: itemId }, data: { reviewAt: addMonths(now, REVIEW_MONTHS) } });
}

/** Another story takes the item's place: same position, same curator's note, a new review date. */
export async function replaceReviewedItem(itemId: string, storyId: string, now = new Date()) {
  const item = await findItem(itemId);
  await db.$transaction(async (tx) => {
    await requireVisibleStory(tx, storyId);
    const clash = await tx.collectionItem.findUnique({
      where: { collectionId_storyId: { collectionId: item.collectionId, storyId } },
      select: { id: true },
    });
    if (clash && clash.id !== itemId) throw new AlreadyInCollectionError();
    await tx.collectionItem.update({
      where: { id: itemId },
      data: { storyId, reviewAt: addMonths(now, REVIEW_MONTHS) },
    });
  });
}

export async function removeReviewedItem(itemId: string) {
  const item = await findItem(itemId);
  await removeCollectionItem(item.collectionId, itemId);
}

/** The item as the review page's "replace" search shows it. */
export async function getReviewItem(itemId: string) {
  return db.collectionItem.findFirst({
    where: { id: itemId, collection: { archivedAt: null } },
    select: {
      id: true,
      collectionId: true,
      note: true,
      story: { select: { title: true } },
      collection: { select: { title: true } },
    },
  });
}
