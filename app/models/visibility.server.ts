// Which stories a person may see, written once: as a Prisma filter, as a check on a story already
// read, and as SQL for the one raw query (search). See docs/decisions/0011-story-visibility.md.
import type { Prisma } from "~/generated/prisma/client";
import type { RoleName } from "~/utils/roles";
import { hasRole } from "~/utils/roles";

/** Published, not deleted and not hidden: what everyone signed in may see, on every surface. */
export const visibleStoryWhere = {
  status: "published",
  deletedAt: null,
  hiddenAt: null,
} satisfies Prisma.StoryWhereInput;

/** The same rule in SQL, for a query on "Story" under the alias given. */
export const visibleStorySql = (alias: string) =>
  `${alias}.status = 'published' AND ${alias}.deletedAt IS NULL AND ${alias}.hiddenAt IS NULL`;

type StoryState = { status: string; deletedAt: Date | null; hiddenAt: Date | null };

/** The same rule for a story already read. */
export const isVisibleStory = (story: StoryState) =>
  story.status === "published" && !story.deletedAt && !story.hiddenAt;

/**
 * Whether the story's page opens for this person: a visible story for everyone, a draft for its
 * author, a hidden one for its author and managers. (A deleted one answers "gone" to those who
 * could see it before.)
 */
export function canOpenStory(
  story: Omit<StoryState, "deletedAt"> & { authorId: string | null },
  viewer: { id: string; role: RoleName },
) {
  const isAuthor = story.authorId === viewer.id;
  if (story.status !== "published") return isAuthor;
  if (story.hiddenAt) return isAuthor || hasRole(viewer, "manager");
  return true;
}
