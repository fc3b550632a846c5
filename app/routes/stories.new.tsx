import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import type { ComposerPageData } from "~/components/story-composer";
import { StoryComposerPage } from "~/components/story-composer";
import { composerIntents, composerRefusal, createStory, getComposerOptions } from "~/models/stories.server";
import { handleIntents } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { resolveLanguage } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "composer.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [options, language] = await Promise.all([getComposerOptions(user), resolveLanguage(request, user)]);
  return { options, draft: { language }, photos: [], isPublished: false } satisfies ComposerPageData;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const intents = composerIntents(user, {
    save: (input) => createStory(user, input),
    publishedMessage: "composer.published",
  });
  return handleIntents(request, intents, { withRefusal: composerRefusal(user) });
}

export default function NewStoryPage() {
  const { t } = useTranslation();
  return <StoryComposerPage title={t("composer.newTitle")} lead={t("composer.intro")} />;
}

await loadTranslationArea("compose");
