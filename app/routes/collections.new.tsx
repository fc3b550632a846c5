import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CollectionDetailsFields } from "~/components/collection-details-fields";
import { FormError } from "~/components/form-error";
import { CollectionDetailsSchema, createCollection, InvalidChoiceError } from "~/models/collections.server";
import { getNewHireDays } from "~/models/new-hires.server";
import { listTeams } from "~/models/teams.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formFailure, parseForm, submittedValues, textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  const [teams, newHireDays] = await Promise.all([listTeams(), getNewHireDays()]);
  return { teams: teams.map(({ id, name }) => ({ id, name })), newHireDays };
}

export async function action({ request }: ActionFunctionArgs) {
  const manager = await requireUser(request, { role: "manager" });
  const formData = await request.formData();
  const teams = formData.getAll("teams").filter((item): item is string => typeof item === "string");
  const parsed = parseForm(CollectionDetailsSchema, formData);
  if (!parsed.success) return data({ ...parsed.failure, teams }, { status: 400 });
  try {
    const collection = await createCollection(manager, parsed.data);
    return redirect(`/collections/${collection.slug}/edit`, {
      headers: { "Set-Cookie": await setFlash("collections.created", { title: collection.title }) },
    });
  } catch (error) {
    if (error instanceof InvalidChoiceError)
      return data(
        { ...formFailure(submittedValues(formData), { fieldErrors: error.fieldErrors }), teams },
        { status: 400 },
      );
    throw error;
  }
}

export default function NewCollectionPage() {
  const { t } = useTranslation();
  const { teams, newHireDays } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("collections.newTitle")}</h1>
        <p className="text-slate-700">{t("collections.newIntro")}</p>
      </header>
      <Form method="post" className="card space-y-6" noValidate>
        <FormError messageKey={failure ? "collections.form.checkFields" : null} />
        <CollectionDetailsFields
          teams={teams}
          newHireDays={newHireDays}
          values={{
            title: textValue(failure?.values, "title") ?? "",
            intro: textValue(failure?.values, "intro") ?? "",
            audience: textValue(failure?.values, "audience") ?? "everyone",
            teams: failure?.teams ?? [],
          }}
          errors={failure?.fieldErrors}
        />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="button-primary">
            {t("collections.form.create")}
          </button>
          <Link to="/collections" className="button-secondary">
            {t("collections.form.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
