import { db } from "~/utils/db.server";

export type OrganisationSettings = { name: string; brandPromise: string; defaultLanguage: string; newHireDays: number };

/** There is one organisation per deployment; setup makes it, but an empty database gets one here. */
export async function updateOrganisation(settings: OrganisationSettings) {
  const existing = await db.organization.findFirst({ select: { id: true } });
  if (existing) await db.organization.update({ where: { id: existing.id }, data: settings });
  else await db.organization.create({ data: settings });
}
