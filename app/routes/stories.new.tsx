import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StoryComposer } from "~/components/story-composer";
import { composerIntents, composerRefusal, createStory, getComposerOptions } from "~/models/stories.server";
import { handleIntents } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { resolveLanguage } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "composer.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { options: await getComposerOptions(user), language: await resolveLanguage(request, user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const intents = composerIntents(user, async (input) => {
    const story = await createStory(user, input);
    return story.status === "published"
      ? redirectWithFlash(paths.story(story.id), "composer.published")
      : redirectWithFlash(paths.myStories(), "composer.draftSaved");
  });
  return handleIntents(request, intents, { withRefusal: composerRefusal(user) });
}

export default function NewStoryPage() {
  const { t } = useTranslation();
  const { options, language } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{t("composer.newTitle")}</h1>
        <p className="mt-1 text-slate-700">{t("composer.intro")}</p>
      </header>
      <StoryComposer options={options} draft={{ language }} result={result} isPublished={false} />
    </div>
  );
}
