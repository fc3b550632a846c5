import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StoryComposer } from "~/components/story-composer";
import {
  composerAgain,
  createStory,
  getComposerOptions,
  InvalidTagsError,
  readStoryForm,
} from "~/models/stories.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { resolveLanguage } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "composer.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { options: await getComposerOptions(user), language: await resolveLanguage(request, user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readStoryForm(await request.formData(), user);
  if (!form.ok) return data(form.result, { status: form.status });
  try {
    const story = await createStory(user, form.input);
    const published = story.status === "published";
    return redirect(published ? `/stories/${story.id}` : "/stories/mine", {
      headers: { "Set-Cookie": await setFlash(published ? "composer.published" : "composer.draftSaved") },
    });
  } catch (error) {
    if (error instanceof InvalidTagsError)
      return data(await composerAgain(form.draft, user, { fieldErrors: error.fieldErrors }), { status: 400 });
    throw error;
  }
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
      <StoryComposer
        options={options}
        draft={{ fields: { language }, values: [], dimensions: [], people: [] }}
        result={result}
        isPublished={false}
      />
    </div>
  );
}
