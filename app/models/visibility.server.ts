import type { Prisma } from "~/generated/prisma/client";

/** Published, not deleted and not hidden: what everyone signed in may see, on every surface. */
export const visibleStoryWhere = {
  status: "published",
  deletedAt: null,
  hiddenAt: null,
} satisfies Prisma.StoryWhereInput;
