// Collections: a manager's hand-ordered set of stories with an introduction, for everyone, for
// chosen teams, for new hires, or assigned to people directly. See docs/collections.md.
import { addMonths } from "date-fns";
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import { CollectionAudience } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { found, invalid, notFound } from "~/utils/domain-error.server";
import { checkboxList, recordId } from "~/utils/actions.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { hasRole } from "~/utils/roles";
import { uniqueSlug } from "~/utils/slugs.server";
import { writeAudit } from "./audit.server";
import { getNewHireDays, isNewHire, listPeopleJoinedWithin } from "./new-hires.server";
import type { Author, PersonOption } from "./people.server";
import { findPeople, personOption, peopleToOffer } from "./people.server";
import { findMatchingStoryIds, searchTerms } from "./search.server";
import { bylineOf, bylineSelect } from "./stories.server";
import { isVisibleStory, visibleStoryWhere } from "./visibility.server";

type Tx = Prisma.TransactionClient;

/** Who is looking: what the session gives every loader. */
export type CollectionViewer = { id: string; role: Role; teamId: string | null; joinedAt: Date };

// These paths under /collections are pages of their own, so no collection may take them as a slug.
const RESERVED_SLUGS = new Set(["new", "add", "review", "progress"]);

/**
 * A story in a collection comes up for review six calendar months after it was added or last
 * kept (the 31st becomes the last day of a shorter month).
 */
export const nextReviewDate = (from: Date) => addMonths(from, 6);

/**
 * The collections a person may open: for everyone, for their team, for new hires while they are
 * one, and any assigned to them. Managers and admins see them all, to curate them.
 */
function collectionAccessWhere(
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

/** A collection as other pages name and link it. */
export const collectionRefSelect = { id: true, slug: true, title: true } as const;

type Progress = { read: number; total: number };

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
      ...collectionRefSelect,
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
    collections: rows.sort(byTitle).map((row) => {
      const shown = progress(row.id, viewer.id);
      return {
        slug: row.slug,
        title: row.title,
        audience: row.audience,
        teamNames: row.teams.map(({ team }) => team.name).sort(),
        isAssigned: row.assignments.length > 0,
        progress: shown,
        isFinished: isFinished(shown),
      };
    }),
  };
}

/** The collection with this slug, if this person may open it: a filter, for the lookups below. */
async function accessibleWhere(
  slug: string,
  viewer: CollectionViewer,
  now: Date,
): Promise<Prisma.CollectionWhereInput> {
  return { AND: [{ slug }, collectionAccessWhere(viewer, await getNewHireDays(), now)] };
}

/** What isVisibleStory reads, so that managers see which stories readers no longer do. */
const storyStateSelect = { status: true, deletedAt: true, hiddenAt: true } as const;

/** A story as the collection pages list it (marked with isVisibleStory). */
const storyListingSelect = {
  id: true,
  title: true,
  language: true,
  publishedAt: true,
  ...storyStateSelect,
  ...bylineSelect,
} as const;

function asStoryListing(story: Prisma.StoryGetPayload<{ select: typeof storyListingSelect }>) {
  return {
    id: story.id,
    title: story.title,
    language: story.language,
    publishedAt: story.publishedAt,
    ...bylineOf(story),
  };
}

/**
 * /collections/:slug as this person sees it. A collection not meant for them is not found, like
 * one that does not exist. Stories that are hidden, deleted or not published are left out for
 * everyone but managers, who see them marked, to replace or remove.
 */
export async function getCollectionPage(slug: string, viewer: CollectionViewer, now = new Date()) {
  const isManager = hasRole(viewer, "manager");
  const collection = found(
    await db.collection.findFirst({
      where: await accessibleWhere(slug, viewer, now),
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
            story: {
              select: { ...storyListingSelect, reads: { where: { userId: viewer.id }, select: { readAt: true } } },
            },
          },
        },
      },
    }),
  );
  const items = collection.items.map(({ id, note, story }) => ({
    id,
    note,
    story: asStoryListing(story),
    isAvailable: isVisibleStory(story),
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

/** A story read as part of a collection: `/stories/:id?collection=:slug`. */
type Reading = { slug: string; storyId: string; viewer: CollectionViewer; now?: Date };

/**
 * The collection (if this person may open it), its visible stories in order with whether they
 * have read each, and where the story stands among them (-1 when it is not one of them).
 */
async function findReading({ slug, storyId, viewer, now = new Date() }: Reading) {
  const collection = await db.collection.findFirst({
    where: await accessibleWhere(slug, viewer, now),
    select: collectionRefSelect,
  });
  if (!collection) return null;
  const items = await db.collectionItem.findMany({
    where: { collectionId: collection.id, story: visibleStoryWhere },
    orderBy: { position: "asc" },
    select: { storyId: true, story: { select: { reads: { where: { userId: viewer.id }, select: { readAt: true } } } } },
  });
  const list = items.map((item) => ({ storyId: item.storyId, hasRead: item.story.reads.length > 0 }));
  return {
    collection: { slug: collection.slug, title: collection.title },
    list,
    index: list.findIndex((item) => item.storyId === storyId),
  };
}

/** What the story page shows when it is read as part of a collection; see CollectionReadingBar. */
export type CollectionContext = {
  collection: { slug: string; title: string };
  /** 1-based. */
  position: number;
  total: number;
  /** How many of them this person has marked as read. */
  read: number;
  previousStoryId: string | null;
  nextStoryId: string | null;
  hasRead: boolean;
  isLast: boolean;
  /** The person has marked every story of the collection as read. */
  finishedNow: boolean;
};

/**
 * The story's place in the collection for this person, or null when the collection is not theirs
 * to open or the story is not (or no longer) visible in it: the story page then shows without the
 * reading bar, as if opened on its own.
 */
export async function getCollectionContext(reading: Reading): Promise<CollectionContext | null> {
  const place = await findReading(reading);
  if (!place || place.index === -1) return null;
  const { collection, list, index } = place;
  return {
    collection,
    position: index + 1,
    total: list.length,
    read: list.filter((item) => item.hasRead).length,
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
 * completed the collection. Not found when the story is not visible in a collection this person
 * may open.
 */
export async function markStoryRead(reading: Reading) {
  const { viewer, storyId, now = new Date() } = reading;
  const place = await findReading(reading);
  if (!place || place.index === -1) throw notFound();
  const { collection, list: before, index } = place;
  await db.storyRead.upsert({
    where: { userId_storyId: { userId: viewer.id, storyId } },
    create: { userId: viewer.id, storyId, readAt: now },
    update: {},
  });
  const after = before.map((item) => (item.storyId === storyId ? { ...item, hasRead: true } : item));
  const wasFinished = before.every((item) => item.hasRead);
  const isDone = after.every((item) => item.hasRead);
  return {
    collection,
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
    audience: z.nativeEnum(CollectionAudience),
    teams: checkboxList(recordId),
  })
  .superRefine((input, ctx) => {
    if (input.audience === "teams" && input.teams.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["teams"], message: "collections.errors.teamsRequired" });
    }
  });
type CollectionDetails = z.infer<typeof CollectionDetailsSchema>;

/** The curator's note on a story in the collection: optional, a sentence or two. */
export const CollectionNoteSchema = z.string().trim().max(500).default("");

/** "Add to collection" from a story page: which story, into which collection, with what note. */
export const AddToCollectionSchema = z.object({
  // An unticked radio group sends nothing: that is a missing choice, not a missing field.
  collectionId: z.string().default("").pipe(z.string().min(1, "collections.errors.chooseCollection").max(40)),
  note: CollectionNoteSchema,
});

/** Teams only count for the "chosen teams" audience; ids must be teams that exist and are not archived. */
async function checkedTeamIds(input: CollectionDetails) {
  if (input.audience !== "teams") return [];
  const wanted = [...new Set(input.teams)];
  const existing = await db.team.count({ where: { id: { in: wanted }, archivedAt: null } });
  if (existing !== wanted.length) throw invalid({ fieldErrors: { teams: ["errors.invalid"] } });
  return wanted;
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
    const slug = await uniqueSlug(
      input.title,
      async (base) =>
        (await tx.collection.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
          (row) => row.slug,
        ),
      RESERVED_SLUGS,
    );
    const collection = await tx.collection.create({
      data: {
        ...detailFields(input),
        slug,
        createdById: manager.id,
        teams: { create: teamIds.map((teamId) => ({ teamId })) },
      },
      select: collectionRefSelect,
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
  return found(await db.collection.findFirst({ where: { slug, archivedAt: null }, select: collectionRefSelect }));
}

/** Everything the editor shows: details, every item (unavailable ones marked), assignees and their progress. */
export async function getCollectionForEditing(slug: string) {
  const collection = found(
    await db.collection.findFirst({
      where: { slug, archivedAt: null },
      select: {
        ...collectionRefSelect,
        introMarkdown: true,
        audience: true,
        teams: { select: { teamId: true } },
        items: {
          orderBy: { position: "asc" },
          select: { id: true, position: true, note: true, reviewAt: true, story: { select: storyListingSelect } },
        },
        assignments: {
          orderBy: { user: { name: "asc" } },
          select: { user: { select: personOption } },
        },
      },
    }),
  );
  const progress = await getProgress(
    [collection.id],
    collection.assignments.map(({ user }) => user.id),
  );
  return {
    collection: { id: collection.id, slug: collection.slug, title: collection.title },
    // In the shape the details form sends, so the page starts from it as from a refusal.
    details: {
      title: collection.title,
      intro: collection.introMarkdown,
      audience: collection.audience,
      teams: collection.teams.map(({ teamId }) => teamId),
    },
    items: collection.items.map(({ story, ...item }) => ({
      ...item,
      story: asStoryListing(story),
      isAvailable: isVisibleStory(story),
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

/** Only a visible story goes into a collection; one hidden, deleted or unpublished since the search is refused. */
async function requireVisibleStory(client: Tx, storyId: string) {
  const story = await client.story.findFirst({
    where: { id: storyId, ...visibleStoryWhere },
    select: { id: true, title: true },
  });
  if (!story) throw invalid({ formError: "collections.errors.storyUnavailable" });
  return story;
}

const alreadyInCollection = () => invalid({ formError: "collections.errors.alreadyInCollection" });

/** Adds a visible story at the end, with its first review date. */
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
      throw alreadyInCollection();
    const ids = await orderedItemIds(tx, collectionId);
    const item = await tx.collectionItem.create({
      data: { collectionId, storyId, note, position: ids.length, reviewAt: nextReviewDate(now) },
      select: { id: true },
    });
    await renumber(tx, [...ids, item.id]);
    return story;
  });
}

export async function removeCollectionItem(collectionId: string, itemId: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.collectionItem.deleteMany({ where: { id: itemId, collectionId } });
    if (count === 0) throw notFound();
    await renumber(tx, await orderedItemIds(tx, collectionId));
  });
}

export async function moveCollectionItem(collectionId: string, itemId: string, direction: "up" | "down") {
  await db.$transaction(async (tx) => {
    const ids = await orderedItemIds(tx, collectionId);
    const from = ids.indexOf(itemId);
    if (from === -1) throw notFound();
    const to = direction === "up" ? from - 1 : from + 1;
    if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    await renumber(tx, ids);
  });
}

/** A new order from drag and drop: exactly the collection's items, each once (anything else names items not found). */
export async function reorderCollectionItems(collectionId: string, itemIds: string[]) {
  await db.$transaction(async (tx) => {
    const current = await orderedItemIds(tx, collectionId);
    const isPermutation =
      itemIds.length === current.length &&
      new Set(itemIds).size === itemIds.length &&
      itemIds.every((id) => current.includes(id));
    if (!isPermutation) throw notFound();
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
  if (count === 0) throw notFound();
}

// ---- Assigning -------------------------------------------------------------------------------

// A forged form could name thousands of people; the list shown again needs no more than this.
const MAX_CHOSEN_SHOWN = 40;

/**
 * Whom the editor's "Assign to" list offers without JavaScript: the manager's own team, whoever
 * is chosen and anyone "Find" just found, never the whole organisation (see people.server.ts).
 */
export function peopleToAssign(manager: Author, chosen: string[] = [], alsoFound: PersonOption[] = []) {
  return peopleToOffer(manager, [...chosen.slice(0, MAX_CHOSEN_SHOWN), ...alsoFound.map((person) => person.id)]);
}

/** "Find" beside the list (without JavaScript): who has this name, and the list with them added. */
export async function findPeopleToAssign(manager: Author, query: string, chosen: string[]) {
  const peopleFound = query ? await findPeople(query, { excludeId: manager.id }) : undefined;
  return { peopleFound, peopleOptions: await peopleToAssign(manager, chosen, peopleFound) };
}

const DAYS_RANGE = "collections.errors.daysRange";
// An empty box is no choice; otherwise a whole number of days in a sensible range.
const optionalWhole = (max: number) =>
  z.preprocess(
    (raw) => (raw === "" || raw === undefined ? undefined : raw),
    z
      .string()
      .regex(/^\d{1,5}$/, DAYS_RANGE)
      .transform(Number)
      .pipe(z.number().min(1, DAYS_RANGE).max(max, DAYS_RANGE))
      .optional(),
  );
const optionalId = z.preprocess((raw) => (raw === "" ? undefined : raw), recordId.optional());

/**
 * Whom to assign a collection to: people chosen by name, everyone who joined in the last N days,
 * a whole team, or any mix of them; at least one.
 */
export const AssignmentSchema = z
  .object({
    userIds: checkboxList(recordId),
    joinedWithinDays: optionalWhole(3650),
    teamId: optionalId,
  })
  .refine((choice) => choice.userIds.length > 0 || choice.joinedWithinDays || choice.teamId, {
    message: "collections.errors.choosePeople",
    path: ["userIds"],
  });
export type Assignment = z.infer<typeof AssignmentSchema>;

/**
 * The people an assignment names: the chosen ones, the recent joiners and the team's active
 * members. A team that does not exist is refused; a group that holds nobody says so on its field.
 */
export async function resolveAssignees({ userIds, joinedWithinDays, teamId }: Assignment, now = new Date()) {
  const people = new Set(userIds);
  if (joinedWithinDays) {
    const joined = await listPeopleJoinedWithin(joinedWithinDays, now);
    if (joined.length === 0) throw invalid({ fieldErrors: { joinedWithinDays: ["collections.errors.nobodyJoined"] } });
    for (const id of joined) people.add(id);
  }
  if (teamId) {
    const team = await db.team.findUnique({
      where: { id: teamId },
      select: { members: { where: { deactivatedAt: null }, select: { id: true } } },
    });
    if (!team) throw invalid({ fieldErrors: { teamId: ["errors.invalid"] } });
    if (team.members.length === 0) throw invalid({ fieldErrors: { teamId: ["collections.errors.emptyTeam"] } });
    for (const member of team.members) people.add(member.id);
  }
  return [...people];
}

/** Assigns the collection to whom the assignment names (see resolveAssignees). */
export async function assignCollectionTo(collectionId: string, assignment: Assignment, manager: { id: string }) {
  return assignCollection(collectionId, await resolveAssignees(assignment), manager);
}

/** Assigns the collection to people; each newly assigned person is told once. */
export async function assignCollection(collectionId: string, userIds: string[], manager: { id: string }) {
  const wanted = [...new Set(userIds)];
  const people = await db.user.findMany({ where: { id: { in: wanted }, deactivatedAt: null }, select: { id: true } });
  if (people.length !== wanted.length) throw invalid({ fieldErrors: { userIds: ["errors.invalid"] } });
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

/**
 * Takes the assignment back, and its notice with it. A second click on a stale page is fine; a
 * person who does not exist is not found.
 */
export async function unassignCollection(collectionId: string, userId: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.collectionAssignment.deleteMany({ where: { collectionId, userId } });
    if (count === 0 && !(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound();
    await tx.notification.deleteMany({ where: { collectionId, userId, type: "assignment" } });
  });
}

// ---- Finding stories to add ------------------------------------------------------------------

const SEARCH_RESULTS = 10;

/**
 * Stories to add to a collection, by the feed's full-text search: visible ones only, best match
 * first, without those already in the collection. `isTooShort` when no word had three letters.
 */
export async function findStoriesToAdd(query: string, excludeCollectionId: string) {
  const terms = searchTerms(query);
  if (!terms.length) return { terms, isTooShort: query.trim().length > 0, stories: [] };
  const matches = await findMatchingStoryIds(terms, 200);
  const taken = new Set(
    (
      await db.collectionItem.findMany({
        where: { collectionId: excludeCollectionId, storyId: { in: matches } },
        select: { storyId: true },
      })
    ).map((row) => row.storyId),
  );
  const ids = matches.filter((id) => !taken.has(id)).slice(0, SEARCH_RESULTS);
  const rows = await db.story.findMany({
    where: { id: { in: ids }, ...visibleStoryWhere },
    select: storyListingSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    terms,
    isTooShort: false,
    // In the search's order, which the database query does not keep.
    stories: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [asStoryListing(row)] : [];
    }),
  };
}

/** /stories/:id/collections: the story (not found unless visible) and every collection, marking those that have it. */
export async function getCollectionChoicesForStory(storyId: string) {
  const story = found(
    await db.story.findFirst({
      where: { id: storyId, ...visibleStoryWhere },
      select: { id: true, title: true, language: true },
    }),
  );
  const collections = await db.collection.findMany({
    where: { archivedAt: null },
    select: { ...collectionRefSelect, items: { where: { storyId }, select: { id: true } } },
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
    select: collectionRefSelect,
  });
  // A choice of the form's radio buttons (deleted since the page was opened, or forged).
  if (!collection) throw invalid({ fieldErrors: { collectionId: ["errors.invalid"] } });
  await addStoryToCollection(collection.id, storyId, { note, now });
  return collection;
}

// ---- Review ----------------------------------------------------------------------------------

const dueForReview = (now: Date) => ({ reviewAt: { lte: now }, collection: { archivedAt: null } });

/** "Is this still how we do it?": items whose review date has come, oldest first. */
export async function listItemsDueForReview(now = new Date()) {
  const items = await db.collectionItem.findMany({
    where: dueForReview(now),
    orderBy: [{ reviewAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      note: true,
      reviewAt: true,
      position: true,
      collection: { select: collectionRefSelect },
      story: { select: storyListingSelect },
    },
  });
  return items.map(({ story, ...item }) => ({
    ...item,
    story: asStoryListing(story),
    isAvailable: isVisibleStory(story),
  }));
}

/** How many collection items wait for review, for the "Manage" page. */
export function countItemsDueForReview(now = new Date()) {
  return db.collectionItem.count({ where: dueForReview(now) });
}

async function findItem(itemId: string) {
  return found(
    await db.collectionItem.findFirst({
      where: { id: itemId, collection: { archivedAt: null } },
      select: { id: true, collectionId: true },
    }),
  );
}

/**
 * Still how we do it: the next review is six months after today. (From today rather than from
 * the old date, so an item reviewed late does not come straight back.)
 */
export async function keepReviewedItem(itemId: string, now = new Date()) {
  await findItem(itemId);
  await db.collectionItem.update({ where: { id: itemId }, data: { reviewAt: nextReviewDate(now) } });
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
    if (clash && clash.id !== itemId) throw alreadyInCollection();
    await tx.collectionItem.update({ where: { id: itemId }, data: { storyId, reviewAt: nextReviewDate(now) } });
  });
}

export async function removeReviewedItem(itemId: string) {
  const item = await findItem(itemId);
  await removeCollectionItem(item.collectionId, itemId);
}

/**
 * The item the review page's "replace" search is for, or null: a link kept after the item was
 * replaced or removed shows the list as it is now.
 */
export function findReviewItem(itemId: string) {
  return db.collectionItem.findFirst({
    where: { id: itemId, collection: { archivedAt: null } },
    select: {
      id: true,
      collectionId: true,
      story: { select: { title: true } },
      collection: { select: { title: true } },
    },
  });
}
