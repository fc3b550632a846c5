import { db } from "~/utils/db.server";
import { createJoinCode } from "~/utils/tokens.server";
import { slugify } from "./teams.server";

async function uniqueTeamSlug(name: string) {
  const base = slugify(name);
  const taken = new Set(
    (await db.team.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

/** Like createTeam, but two teams may share a name ("Kassa" in two stores): the slug gets a suffix. */
export async function createTeamWithUniqueSlug(name: string) {
  return db.team.create({
    data: { name, slug: await uniqueTeamSlug(name), joinCode: createJoinCode() },
    select: { id: true, name: true, slug: true, joinCode: true },
  });
}

/** The slug stays: a poster's link carries the code, not the name, so renaming breaks nothing. */
export async function renameTeam(id: string, name: string) {
  const updated = await db.team.updateMany({ where: { id, archivedAt: null }, data: { name } });
  return updated.count > 0;
}

/** A new code retires the old one at once: the old posters stop working. */
export async function regenerateJoinCode(id: string) {
  const updated = await db.team.updateMany({ where: { id, archivedAt: null }, data: { joinCode: createJoinCode() } });
  return updated.count > 0;
}

export function getTeamForPoster(slug: string) {
  return db.team.findFirst({ where: { slug, archivedAt: null }, select: { name: true, slug: true, joinCode: true } });
}
