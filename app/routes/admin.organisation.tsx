import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation, languages, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { AdminPage } from "~/components/admin-page";
import { BrandPromiseField, OrganisationNameField } from "~/components/organisation-fields";
import { PostForm } from "~/components/post-form";
import { SelectField } from "~/components/select-field";
import { TextField } from "~/components/text-field";
import { DEFAULT_NEW_HIRE_DAYS } from "~/models/new-hires.server";
import {
  BrandPromiseSchema,
  getOrganisation,
  OrganisationNameSchema,
  updateOrganisation,
} from "~/models/organisation.server";
import { handleForm } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { regionName, regions, useFormatters } from "~/utils/format";
import { formFields } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.organisation.title");

const NEW_HIRE_DAYS_RANGE = "admin.organisation.newHireDaysRange";
const OrganisationSchema = z.object({
  name: OrganisationNameSchema,
  brandPromise: BrandPromiseSchema,
  defaultLanguage: z.enum(languages),
  region: z.enum(regions).or(z.literal("")).default(""),
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
      region: organisation?.region ?? "",
      newHireDays: String(organisation?.newHireDays ?? DEFAULT_NEW_HIRE_DAYS),
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

// The hint shows how the saved region writes a date, so the choice is concrete.
const EXAMPLE_DATE = "2026-12-01T12:00:00Z";

export default function AdminOrganisationPage() {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormatters();
  const { organisation } = useLoaderData<typeof loader>();
  const { field, refusal } = formFields(useActionData<typeof action>());
  return (
    <AdminPage title={t("admin.organisation.title")}>
      <PostForm refusal={refusal} submit={{ label: t("admin.organisation.save") }} layout="card">
        <OrganisationNameField {...field("name", organisation.name)} />
        <BrandPromiseField
          label={t("admin.organisation.brandPromise")}
          hint={t("admin.organisation.brandPromiseHint")}
          {...field("brandPromise", organisation.brandPromise)}
        />
        <SelectField
          label={t("admin.organisation.defaultLanguage")}
          hint={t("admin.organisation.defaultLanguageHint")}
          {...field("defaultLanguage", organisation.defaultLanguage)}
          options={languages.map((language) => ({
            value: language,
            label: t(`admin.organisation.languages.${language}`),
          }))}
        />
        <SelectField
          label={t("admin.organisation.region")}
          hint={t("admin.organisation.regionHint", { example: formatDate(EXAMPLE_DATE) })}
          {...field("region", organisation.region)}
          options={[
            { value: "", label: t("admin.organisation.noRegion") },
            ...regions
              .map((region) => ({ value: region, label: regionName(region, i18n.language) }))
              .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
          ]}
        />
        <TextField
          label={t("admin.organisation.newHireDays")}
          hint={t("admin.organisation.newHireDaysHint")}
          {...field("newHireDays", organisation.newHireDays)}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          required
        />
      </PostForm>
    </AdminPage>
  );
}

await loadTranslationArea("manage");
