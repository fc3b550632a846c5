import { db } from "~/utils/db.server";

export function getOrganization() {
  return db.organization.findFirst({
    select: { id: true, name: true, brandPromise: true, defaultLanguage: true, newHireDays: true },
  });
}

// Once someone exists, the first-run setup is closed for the life of the process.
let hasPeopleCache = false;
export async function hasAnyPeople() {
  if (hasPeopleCache) return true;
  hasPeopleCache = (await db.user.findFirst({ select: { id: true } })) !== null;
  return hasPeopleCache;
}
