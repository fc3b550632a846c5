import { db } from "~/utils/db.server";
import { found, invalid, notFound } from "~/utils/domain-error.server";
import { nameKey, tidyName, uniqueSlug } from "~/utils/slugs.server";
import { createJoinCode } from "~/utils/tokens.server";
import { pageCount, pageWindow } from "~/utils/list-params";

const teamFields = { id: true, name: true, slug: true, joinCode: true } as const;

export function listTeams() {
  return db.team.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { ...teamFields, _count: { select: { members: true } } },
  });
}

export const TEAMS_PAGE_SIZE = 30;

/** Active teams whose name contains the query, a page at a time: a chain can have hundreds of stores. */
export async function searchTeams({ query, page }: { query: string; page: number }) {
  const where = { archivedAt: null, ...(query ? { name: { contains: query } } : {}) };
  const [teams, total] = await Promise.all([
    db.team.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...pageWindow(page, TEAMS_PAGE_SIZE),
      select: { ...teamFields, _count: { select: { members: true } } },
    }),
    db.team.count({ where }),
  ]);
  return { teams, total, pageCount: pageCount(total, TEAMS_PAGE_SIZE) };
}

/**
 * Team names are unique among active teams, ignoring case and spaces: people choose their team
 * by name when they join and filter the feed by it, so "Kassa" in two stores is "Kassa Noord".
 */
async function assertTeamNameFree(name: string, exceptId?: string) {
  const teams = await db.team.findMany({ where: { archivedAt: null, id: { not: exceptId } }, select: { name: true } });
  if (teams.some((team) => nameKey(team.name) === nameKey(name)))
    throw invalid({ fieldErrors: { name: ["admin.teams.nameTaken"] } });
}

export async function createTeam(rawName: string) {
  const name = tidyName(rawName);
  await assertTeamNameFree(name);
  const slug = await uniqueSlug(name, async (base) =>
    (await db.team.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  const team = await db.team.create({ data: { name, slug, joinCode: createJoinCode() }, select: teamFields });
  return team;
}

/** The slug stays: a poster's link carries the code, not the name, so renaming breaks nothing. */
export async function renameTeam(id: string, rawName: string) {
  found(await db.team.findFirst({ where: { id, archivedAt: null }, select: { id: true } }));
  const name = tidyName(rawName);
  await assertTeamNameFree(name, id);
  await db.team.update({ where: { id }, data: { name } });
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
