// The new hire's path: the collections meant for a person (those for new hires while they are
// one, and any assigned to them), their progress, and what managers see of it.
import { db } from "~/utils/db.server";
import { paths } from "~/utils/paths";
import { hasRole } from "~/utils/roles";
import type { CollectionViewer } from "./collections.server";
import {
  byTitle,
  collectionRefSelect,
  getProgress,
  isFinished,
  listCollectionsFor,
  onboardingPathWhere,
} from "./collections.server";
import { getNewHireDays, isNewHire, newHireCutoff, newHireDaysLeft } from "./new-hires.server";
import { getOrganisation } from "./organisation.server";
import { personOption } from "./people.server";
import { visibleStoryWhere } from "./visibility.server";

/**
 * Whether to send the person to /welcome after sign-in: a collection on their path is not
 * finished yet. Someone whose path is empty or done goes to the feed as usual.
 */
export async function shouldWelcome(user: { id: string; joinedAt: Date }, now = new Date()) {
  const newHireDays = await getNewHireDays();
  const collections = await db.collection.findMany({
    where: onboardingPathWhere(user, newHireDays, now),
    select: { id: true },
  });
  if (collections.length === 0) return false;
  const progress = await getProgress(
    collections.map((collection) => collection.id),
    [user.id],
  );
  return collections.some((collection) => {
    const { read, total } = progress(collection.id, user.id);
    return read < total;
  });
}

/** Where sign-in lands: /welcome while onboarding is unfinished, unless the person asked for another page. */
export async function landingAfterSignIn(userId: string, requested: string) {
  if (requested !== paths.home()) return requested;
  const person = await db.user.findUnique({ where: { id: userId }, select: { id: true, joinedAt: true } });
  return person && (await shouldWelcome(person)) ? paths.welcome() : requested;
}

/** For each collection, the first visible story (in its order) the person has not marked as read. */
async function nextUnreadStories(collectionIds: string[], userId: string) {
  const unread = await db.collectionItem.findMany({
    where: { collectionId: { in: collectionIds }, story: { ...visibleStoryWhere, reads: { none: { userId } } } },
    orderBy: { position: "asc" },
    select: { collectionId: true, story: { select: { id: true, title: true, language: true } } },
  });
  const next = new Map<string, (typeof unread)[number]["story"]>();
  for (const item of unread) if (!next.has(item.collectionId)) next.set(item.collectionId, item.story);
  return next;
}

/** Assigned collections first (someone chose them for this person), then by title. */
const assignedFirst = (a: { isAssigned: boolean; title: string }, b: { isAssigned: boolean; title: string }) =>
  Number(b.isAssigned) - Number(a.isAssigned) || byTitle(a, b);

/** The collections on the person's path, assigned ones first, each with progress and the next story unread. */
async function listPathCollections(viewer: CollectionViewer, newHireDays: number, now: Date) {
  const rows = await db.collection.findMany({
    where: onboardingPathWhere(viewer, newHireDays, now),
    select: {
      ...collectionRefSelect,
      assignments: { where: { userId: viewer.id }, select: { userId: true } },
    },
  });
  const ids = rows.map((row) => row.id);
  const [progress, next] = await Promise.all([getProgress(ids, [viewer.id]), nextUnreadStories(ids, viewer.id)]);
  return rows
    .map((row) => {
      const shown = progress(row.id, viewer.id);
      return {
        slug: row.slug,
        title: row.title,
        isAssigned: row.assignments.length > 0,
        progress: shown,
        isFinished: isFinished(shown),
        nextStory: next.get(row.id) ?? null,
      };
    })
    .sort(assignedFirst);
}

/** /welcome: the brand promise, the person's collections with progress, and the next story to read. */
export async function getWelcomePage(viewer: CollectionViewer, now = new Date()) {
  const [organisation, newHireDays] = await Promise.all([getOrganisation(), getNewHireDays()]);
  const isNew = isNewHire(viewer, newHireDays, now);
  const collections = await listPathCollections(viewer, newHireDays, now);
  const firstOpen = collections.find((collection) => collection.nextStory);
  return {
    brandPromise: organisation?.brandPromise ?? "",
    isNewHire: isNew,
    daysLeft: isNew ? newHireDaysLeft(viewer, newHireDays, now) : null,
    collections,
    next: firstOpen
      ? { collection: { slug: firstOpen.slug, title: firstOpen.title }, story: firstOpen.nextStory! }
      : null,
  };
}

/**
 * What to read after finishing a collection: the next unfinished one on the person's path
 * (assigned first), else another collection they may open and have not finished; null when
 * there is none. `storyId` is where to start, when the path knows it.
 */
export async function suggestNextCollection(viewer: CollectionViewer, finishedSlug: string, now = new Date()) {
  const path = await listPathCollections(viewer, await getNewHireDays(), now);
  const onPath = path.find((collection) => collection.slug !== finishedSlug && collection.nextStory);
  if (onPath) return { slug: onPath.slug, title: onPath.title, storyId: onPath.nextStory!.id };
  const { collections } = await listCollectionsFor(viewer, now);
  const other = collections.find(
    (collection) => collection.slug !== finishedSlug && collection.progress.read < collection.progress.total,
  );
  return other ? { slug: other.slug, title: other.title, storyId: null } : null;
}

/**
 * /collections/progress: each new hire's progress on each collection meant for them. A manager
 * sees only the new hires of their own team (none without a team); an admin sees every team.
 */
export async function getNewHireProgress(manager: CollectionViewer, now = new Date()) {
  const newHireDays = await getNewHireDays();
  const isAdmin = hasRole(manager, "admin");
  if (!isAdmin && !manager.teamId) return { newHireDays, people: [] };
  const people = await db.user.findMany({
    where: {
      deactivatedAt: null,
      joinedAt: { gt: newHireCutoff(newHireDays, now) },
      ...(isAdmin ? {} : { teamId: manager.teamId }),
    },
    orderBy: [{ joinedAt: "desc" }, { name: "asc" }],
    select: {
      ...personOption,
      joinedAt: true,
      assignments: { select: { collectionId: true } },
    },
  });
  const personIds = people.map((person) => person.id);
  const collections = personIds.length
    ? await db.collection.findMany({
        where: {
          archivedAt: null,
          OR: [{ audience: "newHires" }, { assignments: { some: { userId: { in: personIds } } } }],
        },
        select: { ...collectionRefSelect, audience: true },
      })
    : [];
  collections.sort(byTitle);
  const progress = await getProgress(
    collections.map((collection) => collection.id),
    personIds,
  );
  return {
    newHireDays,
    people: people.map((person) => {
      const assigned = new Set(person.assignments.map((assignment) => assignment.collectionId));
      return {
        id: person.id,
        name: person.name,
        teamName: person.team?.name ?? null,
        joinedAt: person.joinedAt,
        collections: collections
          .filter((collection) => collection.audience === "newHires" || assigned.has(collection.id))
          .map((collection) => ({
            slug: collection.slug,
            title: collection.title,
            progress: progress(collection.id, person.id),
          })),
      };
    }),
  };
}
