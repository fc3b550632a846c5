/**
 * Groups of translations (top-level keys of the locale files) that only some pages need, by
 * area. The browser gets every other group in one file per language; a route that needs an
 * area says so with `await loadTranslationArea(area)` at the top of its module, so the area
 * arrives with the route's code, before anything renders. A test checks every route asks for
 * the areas of the keys it and its components use.
 */
export const translationAreas = {
  /** Administration, insights and the managers' pages. */
  manage: ["admin", "design", "audit", "insights", "moderation", "progress", "invitations", "manage"],
  /** The pages before one is signed in: first run, joining, a new password. */
  access: ["setup", "join", "reset"],
  /** Writing and editing a story. */
  compose: ["composer", "help"],
  /** One's own account and data. */
  account: ["profile", "ownData"],
} as const;

export type TranslationArea = keyof typeof translationAreas;

/** The file a group of translations travels in: an area's, or the one every page loads. */
export function translationPartOf(group: string): TranslationArea | "common" {
  for (const [area, groups] of Object.entries(translationAreas))
    if ((groups as readonly string[]).includes(group)) return area as TranslationArea;
  return "common";
}
