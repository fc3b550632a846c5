import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { ButtonLink, SubmitButton } from "~/components/button";
import { ChoiceGroup } from "~/components/choice-group";
import { CollectionNoteField } from "~/components/collection-note-field";
import { EmptyState } from "~/components/empty-state";
import { FormError } from "~/components/form-error";
import { Page } from "~/components/page-header";
import {
  addStoryToCollectionById,
  AddToCollectionSchema,
  getCollectionChoicesForStory,
} from "~/models/collections.server";
import { handleForm } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { formFields } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.addToCollection.title");

/** "Add to collection" from a story page: the story's collections, and the others to add it to. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  return getCollectionChoicesForStory(params.id!);
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request, { role: "manager" });
  const storyId = params.id!;
  return handleForm(request, AddToCollectionSchema, async ({ collectionId, note }) => {
    const collection = await addStoryToCollectionById(collectionId, storyId, note);
    return redirectWithFlash(paths.story(storyId), "collections.addToCollection.added", {
      values: { title: collection.title },
    });
  });
}

export default function AddToCollectionPage() {
  const { t } = useTranslation();
  const { story, collections } = useLoaderData<typeof loader>();
  const { field, list, refusal } = formFields(useActionData<typeof action>());
  const available = collections.filter((collection) => !collection.hasStory);
  return (
    <Page
      spacing="tight"
      title={t("collections.addToCollection.title")}
      lead={
        <>
          {t("collections.addToCollection.story")}{" "}
          <Link to={paths.story(story.id)} className="link" lang={story.language}>
            {story.title}
          </Link>
        </>
      }
    >
      {collections.length === 0 ? (
        <EmptyState
          illustration="collection"
          message={t("collections.addToCollection.noCollections")}
          action={<ButtonLink to={paths.newCollection()} label={t("collections.new")} />}
        />
      ) : (
        <Form method="post" className="card space-y-4" noValidate>
          <FormError messageKey={refusal?.formError ?? (refusal ? "collections.form.checkFields" : null)} />
          <ChoiceGroup
            type="radio"
            columns={1}
            legend={t("collections.addToCollection.choose")}
            name="collectionId"
            choices={collections.map((collection) => ({
              value: collection.id,
              label: collection.title,
              description: collection.hasStory ? t("collections.addToCollection.alreadyThere") : undefined,
              isDisabled: collection.hasStory,
            }))}
            // The one collection that can take the story is chosen already.
            selected={list("collectionId", available.length === 1 ? [available[0]!.id] : [])}
            errors={field("collectionId").errors}
          />
          <CollectionNoteField {...field("note")} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton label={t("collections.addToCollection.submit")} />
            <ButtonLink to={paths.story(story.id)} label={t("collections.form.cancel")} />
          </div>
        </Form>
      )}
    </Page>
  );
}
