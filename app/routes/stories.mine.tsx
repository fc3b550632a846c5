import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { FormError } from "~/components/form-error";
import { listOwnStories, restoreStory } from "~/models/stories.server";
import { handleIntents, intent } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import { recordId } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "myStories.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return listOwnStories(user.id);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleIntents(request, {
    restore: intent(z.object({ storyId: recordId }), async (form) => {
      await restoreStory(form.storyId, user);
      return redirectWithFlash(paths.myStories(), "myStories.restored");
    }),
  });
}

export default function MyStoriesPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { drafts, published, deleted } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("myStories.title")}</h1>
        <Link to={paths.newStory()} className="button-primary">
          {t("home.share")}
        </Link>
      </header>
      <FormError messageKey={refusal?.formError ?? (refusal ? "errors.invalid" : null)} />

      <section aria-labelledby="my-drafts" className="space-y-3">
        <h2 id="my-drafts" className="text-xl font-semibold">
          {t("myStories.drafts")}
        </h2>
        {drafts.length === 0 ? <p className="text-slate-700">{t("myStories.noDrafts")}</p> : null}
        <ul className="space-y-2">
          {drafts.map((story) => (
            <li key={story.id} className="card flex flex-wrap items-center justify-between gap-2">
              <div>
                <p className="font-semibold break-words">{story.title}</p>
                <p className="text-sm text-slate-700">
                  {t("myStories.lastSaved", { date: formatDate(story.updatedAt) })}
                </p>
              </div>
              <Link to={paths.editStory(story.id)} className="button-secondary">
                {t("myStories.continue")}
                <span className="sr-only">: {story.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="my-published" className="space-y-3">
        <h2 id="my-published" className="text-xl font-semibold">
          {t("myStories.published")}
        </h2>
        {published.length === 0 ? <p className="text-slate-700">{t("myStories.noPublished")}</p> : null}
        <ul className="space-y-2">
          {published.map((story) => (
            <li key={story.id} className="card">
              <Link to={paths.story(story.id)} className="link font-semibold break-words">
                {story.title}
              </Link>
              <p className="text-sm text-slate-700">
                {story.publishedAt ? formatDate(story.publishedAt) : ""} ·{" "}
                {t("myStories.reactors", { count: story.reactorCount })} ·{" "}
                {t("myStories.comments", { count: story.commentCount })}
                {story.hiddenAt ? ` · ${t("myStories.hidden")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="my-deleted" className="space-y-3">
        <h2 id="my-deleted" className="text-xl font-semibold">
          {t("myStories.deletedHeading")}
        </h2>
        <p className="text-slate-700">{t("myStories.deletedHint")}</p>
        <ul className="space-y-2">
          {deleted.map((story) => (
            <li key={story.id} className="card flex flex-wrap items-center justify-between gap-2">
              <div>
                <p className="font-semibold break-words">{story.title}</p>
                <p className="text-sm text-slate-700">
                  {t("myStories.restorableUntil", { date: formatDate(story.restorableUntil) })}
                </p>
              </div>
              <ActionButton
                intent="restore"
                fields={{ storyId: story.id }}
                label={t("myStories.restore")}
                about={story.title}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
