import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { AdminHeader } from "~/components/admin-header";
import { FormError } from "~/components/form-error";
import { SelectField } from "~/components/select-field";
import { TextAreaField } from "~/components/text-area-field";
import { TextField } from "~/components/text-field";
import { getOrganisation, updateOrganisation } from "~/models/organisation.server";
import { handleForm } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { textValue } from "~/utils/forms";
import { languages } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.organisation.title");

const NEW_HIRE_DAYS_RANGE = "admin.organisation.newHireDaysRange";
const OrganisationSchema = z.object({
  name: z.string().trim().min(1).max(100),
  brandPromise: z.string().trim().max(500).default(""),
  defaultLanguage: z.enum(languages),
  newHireDays: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, NEW_HIRE_DAYS_RANGE)
    .transform(Number)
    .pipe(z.number().min(1, NEW_HIRE_DAYS_RANGE).max(365, NEW_HIRE_DAYS_RANGE)),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const organisation = await getOrganisation();
  return {
    organisation: {
      name: organisation?.name ?? "",
      brandPromise: organisation?.brandPromise ?? "",
      defaultLanguage: organisation?.defaultLanguage ?? "en",
      newHireDays: String(organisation?.newHireDays ?? 90),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, { role: "admin" });
  return handleForm(request, OrganisationSchema, async (settings) => {
    await updateOrganisation(settings);
    return redirectWithFlash(paths.adminOrganisation(), "admin.organisation.saved");
  });
}

export default function AdminOrganisationPage() {
  const { t } = useTranslation();
  const { organisation } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  // After a refusal, what was typed; before, what is saved.
  const value = (key: keyof typeof organisation) => (failure ? textValue(failure.values, key) : organisation[key]);
  return (
    <div className="space-y-6">
      <AdminHeader title={t("admin.organisation.title")} />
      <Form method="post" className="card space-y-4">
        <FormError messageKey={failure?.formError} />
        <TextField
          label={t("admin.organisation.name")}
          name="name"
          maxLength={100}
          required
          defaultValue={value("name")}
          errors={failure?.fieldErrors.name}
        />
        <TextAreaField
          label={t("admin.organisation.brandPromise")}
          name="brandPromise"
          maxLength={500}
          rows={3}
          hint={t("admin.organisation.brandPromiseHint")}
          defaultValue={value("brandPromise")}
          errors={failure?.fieldErrors.brandPromise}
        />
        <SelectField
          label={t("admin.organisation.defaultLanguage")}
          name="defaultLanguage"
          hint={t("admin.organisation.defaultLanguageHint")}
          options={languages.map((language) => ({
            value: language,
            label: t(`admin.organisation.languages.${language}`),
          }))}
          defaultValue={value("defaultLanguage")}
          errors={failure?.fieldErrors.defaultLanguage}
        />
        <TextField
          label={t("admin.organisation.newHireDays")}
          name="newHireDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          required
          hint={t("admin.organisation.newHireDaysHint")}
          defaultValue={value("newHireDays")}
          errors={failure?.fieldErrors.newHireDays}
        />
        <button type="submit" className="button-primary">
          {t("admin.organisation.save")}
        </button>
      </Form>
    </div>
  );
}
