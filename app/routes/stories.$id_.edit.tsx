import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StoryComposer } from "~/components/story-composer";
import {
  composerIntents,
  composerRefusal,
  findOwnStory,
  getComposerOptions,
  getStoryForEditing,
  updateStory,
} from "~/models/stories.server";
import { handleIntents } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "composer.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // Someone else's story and a story that does not exist look the same: not found.
  const story = await getStoryForEditing(params.id!, user.id);
  const options = await getComposerOptions(user, { values: story.draft.values, people: story.draft.people });
  return { story, options };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // Every intent, "Find" and preview included, is for the author's own story only.
  const editing = await findOwnStory(params.id!, user.id);
  const intents = composerIntents(
    user,
    async (input) => {
      const story = await updateStory(editing.id, user, input);
      return story.status === "published"
        ? redirectWithFlash(paths.story(story.id), "composer.updated")
        : redirectWithFlash(paths.myStories(), "composer.draftSaved");
    },
    editing,
  );
  return handleIntents(request, intents, { withRefusal: composerRefusal(user) });
}

export default function EditStoryPage() {
  const { t } = useTranslation();
  const { story, options } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("composer.editTitle")}</h1>
      <StoryComposer options={options} draft={story.draft} result={result} isPublished={story.status === "published"} />
    </div>
  );
}
