import { z } from "zod";
import { db } from "~/utils/db.server";
import { singleFlight } from "~/utils/single-flight.server";

// There is one organisation per deployment: setup makes it, and the app reads it with findFirst.

// Setup names the organisation and the settings page renames it: one rule for both, so a name
// set up once can always be saved again.
export const OrganisationNameSchema = z.string().trim().min(1).max(120);
export const BrandPromiseSchema = z.string().trim().max(500).default("");

/** Read by the root and by several pages' loaders: one query serves all of a page's loaders. */
export function getOrganisation() {
  return singleFlight("organisation", () =>
    db.organisation.findFirst({
      select: { id: true, name: true, brandPromise: true, defaultLanguage: true, region: true, newHireDays: true },
    }),
  );
}

export type OrganisationSettings = {
  name: string;
  brandPromise: string;
  defaultLanguage: string;
  region: string;
  newHireDays: number;
};

/** Saves the settings; a database without an organisation (setup skipped, seed not run) gets one here. */
export async function updateOrganisation(settings: OrganisationSettings) {
  const existing = await db.organisation.findFirst({ select: { id: true } });
  if (existing) await db.organisation.update({ where: { id: existing.id }, data: settings });
  else await db.organisation.create({ data: settings });
}

// Once someone exists, the first-run setup is closed for the life of the process. Each worker
// process keeps its own flag, and they cannot disagree in a way that matters: it only ever turns
// from false to true, and until it does the worker asks the database every process shares, so a
// worker that did not serve the setup finds the new admin there on its next request.
let hasPeopleCache = false;
export async function hasAnyPeople() {
  if (hasPeopleCache) return true;
  hasPeopleCache = (await db.user.findFirst({ select: { id: true } })) !== null;
  return hasPeopleCache;
}
