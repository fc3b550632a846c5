// A person's small page: who they are and the stories they are part of. No counts, ranks or
// totals of any kind (the works council's rule: no individual league tables).
import { db } from "~/utils/db.server";
import type { Viewer } from "./feed.server";
import { notFound } from "~/utils/domain-error.server";
import { USERNAME_PATTERN } from "./people.server";
import { getNewestCards } from "./feed.server";
import { avatarSelect, withFace } from "./photos.server";

/** How many stories of each kind the page lists: the newest, enough to know someone by. */
const STORIES_SHOWN = 12;

/**
 * An active colleague's face, name and team, the visible stories they posted and those that name
 * them (someone who removed their name is no longer named, so those are not listed); "not found"
 * for an unknown or deactivated person.
 */
export async function getPersonPage(username: string, viewer: Viewer) {
  if (!USERNAME_PATTERN.test(username)) throw notFound();
  const person = await db.user.findFirst({
    where: { username, deactivatedAt: null },
    select: { id: true, name: true, username: true, team: { select: { name: true } }, avatar: avatarSelect },
  });
  if (!person) throw notFound();
  const [posted, credited] = await Promise.all([
    getNewestCards(viewer, { authorId: person.id }, STORIES_SHOWN),
    getNewestCards(viewer, { people: { some: { userId: person.id } } }, STORIES_SHOWN),
  ]);
  return { person: withFace(person), posted, credited };
}
