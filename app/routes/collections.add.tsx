import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CollectionNoteField } from "~/components/collection-note-field";
import { FormError } from "~/components/form-error";
import {
  addStoryToCollectionById,
  CollectionNoteSchema,
  getCollectionChoicesForStory,
} from "~/models/collections.server";
import { handleForm } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { recordId, textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.addToCollection.title");

/** "Add to collection" from a story page: /collections/add?story=<id>. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  return getCollectionChoicesForStory(new URL(request.url).searchParams.get("story") ?? "");
}

const AddSchema = z.object({
  storyId: recordId,
  // An unticked radio group sends nothing: that is a missing choice, not a missing field.
  collectionId: z.string().default("").pipe(z.string().min(1, "collections.errors.chooseCollection").max(40)),
  note: CollectionNoteSchema,
});

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, { role: "manager" });
  return handleForm(request, AddSchema, async ({ storyId, collectionId, note }) => {
    const collection = await addStoryToCollectionById(collectionId, storyId, note);
    return redirectWithFlash(paths.story(storyId), "collections.addToCollection.added", {
      values: { title: collection.title },
    });
  });
}

export default function AddToCollectionPage() {
  const { t } = useTranslation();
  const { story, collections } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const collectionErrors = failure?.fieldErrors.collectionId;
  const available = collections.filter((collection) => !collection.hasStory);
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("collections.addToCollection.title")}</h1>
        <p className="text-slate-700">
          {t("collections.addToCollection.story")}{" "}
          <Link to={paths.story(story.id)} className="link" lang={story.language}>
            {story.title}
          </Link>
        </p>
      </header>
      {collections.length === 0 ? (
        <p className="card">
          {t("collections.addToCollection.noCollections")}{" "}
          <Link to={paths.newCollection()} className="link">
            {t("collections.new")}
          </Link>
        </p>
      ) : (
        <Form method="post" className="card space-y-4" noValidate>
          <FormError messageKey={failure?.formError ?? (failure ? "collections.form.checkFields" : null)} />
          <input type="hidden" name="storyId" value={story.id} />
          <fieldset
            className="space-y-2"
            aria-describedby={collectionErrors ? "collection-error" : undefined}
            aria-invalid={collectionErrors ? true : undefined}
          >
            <legend className="font-medium">{t("collections.addToCollection.choose")}</legend>
            {collectionErrors ? (
              <p id="collection-error" className="text-sm font-medium text-red-700">
                {collectionErrors.map((error) => t(error)).join(" ")}
              </p>
            ) : null}
            {collections.map((collection) => (
              <label
                key={collection.id}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:disabled]:cursor-default has-[:disabled]:opacity-70"
              >
                <input
                  type="radio"
                  name="collectionId"
                  value={collection.id}
                  disabled={collection.hasStory}
                  defaultChecked={
                    textValue(failure?.values, "collectionId") === collection.id ||
                    (available.length === 1 && available[0]!.id === collection.id)
                  }
                  className="h-5 w-5 accent-brand-700"
                />
                <span>
                  {collection.title}
                  {collection.hasStory ? (
                    <span className="text-sm text-slate-700"> · {t("collections.addToCollection.alreadyThere")}</span>
                  ) : null}
                </span>
              </label>
            ))}
          </fieldset>
          <CollectionNoteField defaultValue={textValue(failure?.values, "note")} errors={failure?.fieldErrors.note} />
          <div className="flex flex-wrap gap-3">
            <button type="submit" className="button-primary">
              {t("collections.addToCollection.submit")}
            </button>
            <Link to={paths.story(story.id)} className="button-secondary">
              {t("collections.form.cancel")}
            </Link>
          </div>
        </Form>
      )}
    </div>
  );
}
