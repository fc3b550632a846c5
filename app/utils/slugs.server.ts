// Slugs for URLs (/values/surprisingly-personal), made once from a name and never changed, so old
// links keep working when the name does.
import { asciiLowercase } from "./username";

/** Lowercase ASCII words joined by dashes: accents dropped, ß as ss, at most 60 characters. */
export function slugify(text: string) {
  const slug = asciiLowercase(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "item";
}

/**
 * The name's slug, or with "-2", "-3"… when it is taken (or reserved: a path of its own such as
 * /collections/new). `takenStartingWith` lists the slugs in use that start with the base.
 */
export async function uniqueSlug(
  name: string,
  takenStartingWith: (base: string) => Promise<string[]>,
  reserved: ReadonlySet<string> = new Set(),
) {
  const base = slugify(name);
  const taken = new Set([...(await takenStartingWith(base)), ...reserved]);
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

/** A name as stored: spaces at the ends dropped and runs of spaces inside made one. */
export const tidyName = (name: string) => name.normalize("NFC").trim().replace(/\s+/g, " ");

/** Names that a person would read as the same ("Store  Noord", "store noord") share this key. */
export const nameKey = (name: string) => tidyName(name).toLocaleLowerCase("und");
