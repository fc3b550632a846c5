import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { AccountFields } from "~/components/account-fields";
import { TextField } from "~/components/text-field";
import { hasAnyPeople } from "~/models/organisation.server";
import { NewAccountSchema } from "~/models/people.server";
import { setUpOrganisation } from "~/models/setup.server";
import { handleForm } from "~/utils/actions.server";
import { startSession } from "~/utils/auth.server";
import { textValue } from "~/utils/forms";
import { resolveLanguage } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "setup.title");

const SetupSchema = NewAccountSchema.extend({
  organisationName: z.string().trim().min(1).max(120),
  brandPromise: z.string().trim().max(500).default(""),
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
  const failure = useActionData<typeof action>();
  const isSubmitting = useNavigation().state === "submitting";
  return (
    <section className="card mx-auto max-w-lg" aria-labelledby="setup-title">
      <h1 id="setup-title" className="text-2xl font-bold">
        {t("setup.title")}
      </h1>
      <p className="mt-2 text-slate-700">{t("setup.intro")}</p>
      <Form method="post" className="mt-6 space-y-4" noValidate>
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">{t("setup.organisation")}</legend>
          <TextField
            label={t("setup.organisationName")}
            name="organisationName"
            required
            maxLength={120}
            defaultValue={textValue(failure?.values, "organisationName")}
            errors={failure?.fieldErrors.organisationName}
          />
          <TextField
            label={t("setup.brandPromise")}
            name="brandPromise"
            maxLength={500}
            hint={t("setup.brandPromiseHint")}
            defaultValue={textValue(failure?.values, "brandPromise")}
            errors={failure?.fieldErrors.brandPromise}
          />
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">{t("setup.admin")}</legend>
          <AccountFields errors={failure?.fieldErrors} values={failure?.values} />
        </fieldset>
        <button type="submit" className="button-primary w-full" disabled={isSubmitting}>
          {t("setup.submit")}
        </button>
      </Form>
    </section>
  );
}
