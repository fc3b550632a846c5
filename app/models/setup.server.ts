import { db } from "~/utils/db.server";
import { gone } from "~/utils/domain-error.server";
import type { NewAccount } from "./people.server";
import { createPerson } from "./people.server";

/** First run: the organisation and its first admin. Gone once anyone exists: it happens once. */
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
  if (await db.user.findFirst({ select: { id: true } })) throw gone();
  const admin = await createPerson({ ...account, role: "admin", language });
  await db.organisation.create({
    data: { name: organisationName, brandPromise, defaultLanguage: language ?? "en" },
  });
  return admin;
}
