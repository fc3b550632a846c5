import type { Prisma } from "~/generated/prisma/client";
import type { ValueKind } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { found, invalid, notFound } from "~/utils/domain-error.server";
import type { Facet } from "~/utils/feed-params";
import { parseFeedParams } from "~/utils/feed-params";
import { nameKey, tidyName, uniqueSlug } from "~/utils/slugs.server";
import { getFacetOptions, getFeedPage } from "./feed.server";
import { visibleStoryWhere } from "./visibility.server";

const valueFields = { id: true, slug: true, name: true, explanation: true, colour: true, kind: true } as const;
const inOrder: Prisma.ValueOrderByWithRelationInput[] = [{ position: "asc" }, { name: "asc" }];

export function listActiveValues() {
  return db.value.findMany({ where: { archivedAt: null }, orderBy: inOrder, select: valueFields });
}

/** Every active value with how many visible stories carry it, for the values page. */
export async function listValuesWithStoryCounts() {
  const [values, counts] = await Promise.all([
    listActiveValues(),
    db.storyValue.groupBy({ by: ["valueId"], where: { story: visibleStoryWhere }, _count: { _all: true } }),
  ]);
  const byValue = new Map(counts.map((row) => [row.valueId, row._count._all]));
  return values.map((value) => ({ ...value, storyCount: byValue.get(value.id) ?? 0 }));
}

/** A value's page exists for archived values too: old stories still link to it. */
export async function getValueBySlug(slug: string) {
  return found(await db.value.findUnique({ where: { slug }, select: { ...valueFields, archivedAt: true } }));
}

export async function countStoriesByDimension() {
  const counts = await db.storyDimension.groupBy({
    by: ["dimension"],
    where: { story: visibleStoryWhere },
    _count: { _all: true },
  });
  return new Map<string, number>(counts.map((row) => [row.dimension, row._count._all]));
}

/**
 * The feed narrowed to one value or dimension, whatever else the URL asks for: the page of each.
 * The params are the URL's own, so the page's links keep the rest of what was chosen.
 */
export async function getNarrowedFeed(
  viewer: { id: string; teamId: string | null },
  search: URLSearchParams,
  facet: Extract<Facet, "value" | "dim">,
  key: string,
) {
  const params = parseFeedParams(search);
  const narrowed = {
    ...params,
    include: { ...params.include, [facet]: [key] },
    exclude: { ...params.exclude, [facet]: [] },
  };
  const [page, options] = await Promise.all([getFeedPage({ viewer, params: narrowed }), getFacetOptions()]);
  return { params, page, options };
}

// ---- Administration ----------------------------------------------------------------------------

export type ValueInput = { name: string; explanation: string; colour: string; kind: ValueKind };

/** Every value, archived ones too, in the order people see them. */
export function listAllValues() {
  return db.value.findMany({ orderBy: inOrder, select: { ...valueFields, position: true, archivedAt: true } });
}

/**
 * Value names are unique, archived values included (restoring one must not make a pair), ignoring
 * case and spaces: two "Honest" chips in the composer could not be told apart.
 */
async function withFreeName(input: ValueInput, exceptId?: string): Promise<ValueInput> {
  const name = tidyName(input.name);
  const values = await db.value.findMany({ where: { id: { not: exceptId } }, select: { name: true } });
  if (values.some((value) => nameKey(value.name) === nameKey(name)))
    throw invalid({ fieldErrors: { name: ["admin.values.nameTaken"] } });
  return { ...input, name };
}

/** A new value goes to the end of the list. */
export async function createValue(wanted: ValueInput) {
  const input = await withFreeName(wanted);
  const slug = await uniqueSlug(input.name, async (base) =>
    (await db.value.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  const last = await db.value.aggregate({ _max: { position: true } });
  const value = await db.value.create({
    data: { ...input, slug, position: (last._max.position ?? -1) + 1 },
    select: { id: true, slug: true },
  });
  return value;
}

/** The slug stays: links to the value's page keep working under a new name. */
export async function updateValue(id: string, wanted: ValueInput) {
  found(await db.value.findUnique({ where: { id }, select: { id: true } }));
  await db.value.update({ where: { id }, data: await withFreeName(wanted, id) });
}

/**
 * Swaps a value with its neighbour and renumbers the whole list 0, 1, 2…, so positions stay dense
 * whatever state older data left them in.
 */
export async function moveValue(id: string, direction: "up" | "down") {
  await db.$transaction(async (tx) => {
    const ordered = await tx.value.findMany({ orderBy: inOrder, select: { id: true, position: true } });
    const index = ordered.findIndex((value) => value.id === id);
    if (index === -1) throw notFound();
    const target = direction === "up" ? index - 1 : index + 1;
    if (target >= 0 && target < ordered.length) [ordered[index], ordered[target]] = [ordered[target]!, ordered[index]!];
    for (const [position, value] of ordered.entries()) {
      if (value.position !== position) await tx.value.update({ where: { id: value.id }, data: { position } });
    }
  });
}

/** Archived values stay on the stories that carry them; the composer no longer offers them. */
export async function setValueArchived(id: string, isArchived: boolean, now = new Date()) {
  const { count } = await db.value.updateMany({ where: { id }, data: { archivedAt: isArchived ? now : null } });
  if (count === 0) throw notFound();
}
