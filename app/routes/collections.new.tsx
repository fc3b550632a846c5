import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CollectionDetailsFields } from "~/components/collection-details-fields";
import { FormError } from "~/components/form-error";
import { CollectionDetailsSchema, createCollection } from "~/models/collections.server";
import { getNewHireDays } from "~/models/new-hires.server";
import { listTeams } from "~/models/teams.server";
import { handleForm } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  const [teams, newHireDays] = await Promise.all([listTeams(), getNewHireDays()]);
  return { teams: teams.map(({ id, name }) => ({ id, name })), newHireDays };
}

export async function action({ request }: ActionFunctionArgs) {
  const manager = await requireUser(request, { role: "manager" });
  return handleForm(request, CollectionDetailsSchema, async (input) => {
    const collection = await createCollection(manager, input);
    return redirectWithFlash(paths.editCollection(collection.slug), "collections.created", {
      values: { title: collection.title },
    });
  });
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
          values={failure?.values ?? { audience: "everyone" }}
          errors={failure?.fieldErrors}
        />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="button-primary">
            {t("collections.form.create")}
          </button>
          <Link to={paths.collections()} className="button-secondary">
            {t("collections.form.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
