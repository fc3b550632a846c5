import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StoryComposer } from "~/components/story-composer";
import {
  composerAgain,
  getComposerOptions,
  getStoryForEditing,
  InvalidTagsError,
  readStoryForm,
  StoryNotFoundError,
  updateStory,
} from "~/models/stories.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "composer.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // Someone else's story and a story that does not exist look the same: not found.
  const story = await getStoryForEditing(params.id!, user.id);
  if (!story) throw new Response("Not found", { status: 404 });
  return { story, options: await getComposerOptions(user, { values: story.values, people: story.people }) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readStoryForm(await request.formData(), user);
  if (!form.ok) return data(form.result, { status: form.status });
  try {
    const story = await updateStory(params.id!, user, form.input);
    const published = story.status === "published";
    return redirect(published ? `/stories/${story.id}` : "/stories/mine", {
      headers: { "Set-Cookie": await setFlash(published ? "composer.updated" : "composer.draftSaved") },
    });
  } catch (error) {
    if (error instanceof InvalidTagsError)
      return data(await composerAgain(form.draft, user, { fieldErrors: error.fieldErrors }), { status: 400 });
    if (error instanceof StoryNotFoundError) throw new Response("Not found", { status: 404 });
    throw error;
  }
}

export default function EditStoryPage() {
  const { t } = useTranslation();
  const { story, options } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("composer.editTitle")}</h1>
      <StoryComposer
        options={options}
        draft={{ fields: story.fields, values: story.values, dimensions: story.dimensions, people: story.people }}
        result={result}
        isPublished={story.status === "published"}
      />
    </div>
  );
}
