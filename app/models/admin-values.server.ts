import type { ValueKind } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { slugify } from "~/utils/slugs.server";

export type ValueInput = { name: string; explanation: string; colour: string; kind: ValueKind };

/** Every value, archived ones too, in the order people see them. */
export function listValuesForAdmin() {
  return db.value.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      explanation: true,
      colour: true,
      kind: true,
      position: true,
      archivedAt: true,
    },
  });
}

/** A slug no value has yet: the name's, then "-2", "-3"… Slugs never change, so old links keep working. */
async function uniqueValueSlug(name: string) {
  const base = slugify(name);
  const taken = new Set(
    (await db.value.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

/** A new value goes to the end of the list. */
export async function createValue(input: ValueInput) {
  const last = await db.value.aggregate({ _max: { position: true } });
  return db.value.create({
    data: { ...input, slug: await uniqueValueSlug(input.name), position: (last._max.position ?? -1) + 1 },
    select: { id: true, slug: true },
  });
}

export async function updateValue(id: string, input: ValueInput) {
  const updated = await db.value.updateMany({ where: { id }, data: input });
  return updated.count > 0;
}

/**
 * Swaps a value with its neighbour and renumbers the whole list 0, 1, 2…, so positions stay dense
 * whatever state older data left them in.
 */
export async function moveValue(id: string, direction: "up" | "down") {
  return db.$transaction(async (tx) => {
    const ordered = await tx.value.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, position: true },
    });
    const index = ordered.findIndex((value) => value.id === id);
    if (index === -1) return false;
    const target = direction === "up" ? index - 1 : index + 1;
    if (target >= 0 && target < ordered.length) [ordered[index], ordered[target]] = [ordered[target]!, ordered[index]!];
    for (const [position, value] of ordered.entries()) {
      if (value.position !== position) await tx.value.update({ where: { id: value.id }, data: { position } });
    }
    return true;
  });
}

/** Archived values stay on the stories that carry them; the composer no longer offers them. */
export async function setValueArchived(id: string, isArchived: boolean, now = new Date()) {
  const updated = await db.value.updateMany({ where: { id }, data: { archivedAt: isArchived ? now : null } });
  return updated.count > 0;
}
