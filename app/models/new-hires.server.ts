// Who is a new hire: someone who joined less than the organisation's `newHireDays` ago. Collections
// for new hires, the welcome page, managers' progress view and the insights all ask here.
import { addDays, differenceInHours, isAfter, subDays } from "date-fns";
import { db } from "~/utils/db.server";
import { getOrganisation } from "./organisation.server";

/** When the organisation has not said otherwise (the schema's default too). */
export const DEFAULT_NEW_HIRE_DAYS = 90;

type Person = { joinedAt: Date | string };

export async function getNewHireDays() {
  return (await getOrganisation())?.newHireDays ?? DEFAULT_NEW_HIRE_DAYS;
}

/** Whoever joined after this moment is a new hire. */
export function newHireCutoff(newHireDays: number, now = new Date()) {
  return subDays(now, newHireDays);
}

export function isNewHire(person: Person, newHireDays: number, now = new Date()) {
  return isAfter(person.joinedAt, newHireCutoff(newHireDays, now));
}

/** The active people who joined in the last `days` days: "everyone who joined recently", to assign a collection to. */
export async function listPeopleJoinedWithin(days: number, now = new Date()) {
  const people = await db.user.findMany({
    where: { deactivatedAt: null, joinedAt: { gt: newHireCutoff(days, now) } },
    select: { id: true },
  });
  return people.map((person) => person.id);
}

/** The days left of a new hire's window, a day begun counting as a whole one (so 1, not 0, on the last). */
export function newHireDaysLeft(person: Person, newHireDays: number, now = new Date()) {
  const hoursLeft = differenceInHours(addDays(person.joinedAt, newHireDays), now, { roundingMethod: "ceil" });
  return Math.max(1, Math.ceil(hoursLeft / 24));
}
