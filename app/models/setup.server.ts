import { db } from "~/utils/db.server";
import type { NewAccount } from "./people.server";
import { createPerson } from "./people.server";

export class AlreadySetUpError extends Error {}

/** First run: the organisation and its first admin. Refused once anyone exists. */
export async function setUpOrganisation({
  organisationName,
  brandPromise,
  account,
  language,
}: {
  organisationName: string;
  brandPromise: string;
  account: NewAccount;
  language: string | null;
}) {
  if (await db.user.findFirst({ select: { id: true } })) throw new AlreadySetUpError();
  const admin = await createPerson({ ...account, role: "admin", language });
  await db.organisation.create({
    data: { name: organisationName, brandPromise, defaultLanguage: language ?? "en" },
  });
  return admin;
}
