import { db } from "~/utils/db.server";
import { found, notFound } from "~/utils/domain-error.server";
import { uniqueSlug } from "~/utils/slugs.server";
import { createJoinCode } from "~/utils/tokens.server";
import { forgetFacetOptions } from "./feed.server";

const teamFields = { id: true, name: true, slug: true, joinCode: true } as const;

export function listTeams() {
  return db.team.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { ...teamFields, _count: { select: { members: true } } },
  });
}

/** Two teams may share a name ("Kassa" in two stores): the second one's slug gets a suffix. */
export async function createTeam(name: string) {
  const slug = await uniqueSlug(name, async (base) =>
    (await db.team.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  const team = await db.team.create({ data: { name, slug, joinCode: createJoinCode() }, select: teamFields });
  // The feed's filter panel lists teams: it shows the new one at once.
  forgetFacetOptions();
  return team;
}

/** The slug stays: a poster's link carries the code, not the name, so renaming breaks nothing. */
export async function renameTeam(id: string, name: string) {
  const { count } = await db.team.updateMany({ where: { id, archivedAt: null }, data: { name } });
  if (count === 0) throw notFound();
  forgetFacetOptions();
}

/** A new code retires the old one at once: the old posters stop working. */
export async function regenerateJoinCode(id: string) {
  const { count } = await db.team.updateMany({ where: { id, archivedAt: null }, data: { joinCode: createJoinCode() } });
  if (count === 0) throw notFound();
}

export async function getTeamForPoster(slug: string) {
  return found(
    await db.team.findFirst({ where: { slug, archivedAt: null }, select: { name: true, slug: true, joinCode: true } }),
  );
}
