import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import type { ComposerPageData } from "~/components/story-composer";
import { StoryComposerPage } from "~/components/story-composer";
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
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "composer.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // Someone else's story and a story that does not exist look the same: not found.
  const story = await getStoryForEditing(params.id!, user.id);
  const options = await getComposerOptions(user, { values: story.draft.values, people: story.draft.people });
  return {
    options,
    draft: story.draft,
    photos: story.photos,
    isPublished: story.status === "published",
  } satisfies ComposerPageData;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // Every intent, "Find" and preview included, is for the author's own story only.
  const editing = await findOwnStory(params.id!, user.id);
  const intents = composerIntents(user, {
    save: (input) => updateStory(editing.id, user, input),
    publishedMessage: "composer.updated",
    editing,
  });
  return handleIntents(request, intents, { withRefusal: composerRefusal(user) });
}

export default function EditStoryPage() {
  const { t } = useTranslation();
  return <StoryComposerPage title={t("composer.editTitle")} />;
}

await loadTranslationArea("compose");
