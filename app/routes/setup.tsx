import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { AccountCard, AccountForm } from "~/components/account-card";
import { AccountFields } from "~/components/account-fields";
import { BrandPromiseField, OrganisationNameField } from "~/components/organisation-fields";
import { BrandPromiseSchema, hasAnyPeople, OrganisationNameSchema } from "~/models/organisation.server";
import { NewAccountSchema } from "~/models/people.server";
import { setUpOrganisation } from "~/models/setup.server";
import { handleForm } from "~/utils/actions.server";
import { startSession } from "~/utils/auth.server";
import { formFields } from "~/utils/forms";
import { resolveLanguage } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "setup.title");

const SetupSchema = NewAccountSchema.extend({
  organisationName: OrganisationNameSchema,
  brandPromise: BrandPromiseSchema,
});

export async function loader() {
  if (await hasAnyPeople()) throw redirect(paths.login());
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  if (await hasAnyPeople()) throw redirect(paths.login());
  return handleForm(request, SetupSchema, async ({ organisationName, brandPromise, ...account }) => {
    const language = await resolveLanguage(request, null);
    const admin = await setUpOrganisation({ organisationName, brandPromise, account, language });
    return startSession(request, admin.id, paths.home());
  });
}

export default function SetupPage() {
  const { t } = useTranslation();
  const { field, refusal } = formFields(useActionData<typeof action>());
  return (
    <AccountCard title={t("setup.title")} isWide>
      <p className="text-ink-muted">{t("setup.intro")}</p>
      <AccountForm refusal={refusal} submitLabel={t("setup.submit")} noValidate>
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">{t("setup.organisation")}</legend>
          <OrganisationNameField {...field("organisationName")} />
          <BrandPromiseField
            label={t("setup.brandPromise")}
            hint={t("setup.brandPromiseHint")}
            {...field("brandPromise")}
          />
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">{t("setup.admin")}</legend>
          <AccountFields field={field} />
        </fieldset>
      </AccountForm>
    </AccountCard>
  );
}

await loadTranslationArea("access");
await loadTranslationArea("manage");
