import { db } from "~/utils/db.server";
import { createJoinCode } from "~/utils/tokens.server";

export function slugify(text: string) {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "item";
}

export function createTeam(name: string) {
  return db.team.create({
    data: { name, slug: slugify(name), joinCode: createJoinCode() },
    select: { id: true, name: true, slug: true, joinCode: true },
  });
}

export function listTeams() {
  return db.team.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, joinCode: true, _count: { select: { members: true } } },
  });
}
