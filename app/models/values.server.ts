import { db } from "~/utils/db.server";
import { visibleStoryWhere } from "./visibility.server";

export function listActiveValues() {
  return db.value.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, explanation: true, colour: true, kind: true },
  });
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
export function getValueBySlug(slug: string) {
  return db.value.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, explanation: true, colour: true, kind: true, archivedAt: true },
  });
}

export async function countStoriesByDimension() {
  const counts = await db.storyDimension.groupBy({
    by: ["dimension"],
    where: { story: visibleStoryWhere },
    _count: { _all: true },
  });
  return new Map<string, number>(counts.map((row) => [row.dimension, row._count._all]));
}
