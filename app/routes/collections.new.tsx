import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { ButtonLink, SubmitButton } from "~/components/button";
import { CollectionDetailsFields } from "~/components/collection-details-fields";
import { FormError } from "~/components/form-error";
import { Page } from "~/components/page-header";
import { CollectionDetailsSchema, createCollection } from "~/models/collections.server";
import { getNewHireDays } from "~/models/new-hires.server";
import { listTeams } from "~/models/teams.server";
import { handleForm } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { formFields } from "~/utils/forms";
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
  const fields = formFields(useActionData<typeof action>());
  return (
    <Page spacing="tight" title={t("collections.newTitle")} lead={t("collections.newIntro")}>
      <Form method="post" className="card space-y-6" noValidate>
        <FormError messageKey={fields.refusal ? "collections.form.checkFields" : null} />
        <CollectionDetailsFields teams={teams} newHireDays={newHireDays} fields={fields} />
        <div className="flex flex-wrap gap-3">
          <SubmitButton label={t("collections.form.create")} />
          <ButtonLink to={paths.collections()} label={t("collections.form.cancel")} />
        </div>
      </Form>
    </Page>
  );
}

await loadTranslationArea("compose");
