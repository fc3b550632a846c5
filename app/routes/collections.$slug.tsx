import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReadingProgress } from "~/components/reading-progress";
import { getCollectionPage } from "~/models/collections.server";
import { requireUser } from "~/utils/auth.server";
import { useFormatters } from "~/utils/format";
import { paths } from "~/utils/paths";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.collection.title} · Brandworthy` : "Brandworthy" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return getCollectionPage(params.slug!, user);
}

export default function CollectionPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { collection, items, progress, isFinished, nextStoryId, canEdit } = useLoaderData<typeof loader>();
  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          <Link to={paths.collections()} className="hover:underline">
            {t("collections.title")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold break-words">{collection.title}</h1>
        {canEdit ? (
          <p className="text-sm text-slate-700">
            {collection.audience === "teams"
              ? t("collections.audienceTeams", { teams: collection.teamNames.join(", ") })
              : t(`collections.audienceShort.${collection.audience}`)}
          </p>
        ) : null}
        <ReadingProgress progress={progress} />
        {isFinished ? (
          <p className="rounded-lg border border-green-700 bg-green-50 p-3 font-medium text-green-900">
            <span aria-hidden="true">✓ </span>
            {t("collections.finishedLong")}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {nextStoryId ? (
            <Link to={paths.story(nextStoryId, { collection: collection.slug })} className="button-primary">
              {progress.read === 0 ? t("collections.startReading") : t("collections.continueReading")}
            </Link>
          ) : null}
          {canEdit ? (
            <Link to={paths.editCollection(collection.slug)} className="button-secondary">
              {t("collections.edit")}
            </Link>
          ) : null}
        </div>
      </header>

      {collection.introHtml ? (
        // Rendered from Markdown and sanitised with an allowlist when the collection was saved.
        <div className="story-body" dangerouslySetInnerHTML={{ __html: collection.introHtml }} />
      ) : null}

      <section aria-labelledby="collection-stories" className="space-y-3">
        <h2 id="collection-stories" className="text-xl font-semibold">
          {t("collections.stories")}
        </h2>
        {items.length === 0 ? <p className="text-slate-700">{t("collections.noStoriesYet")}</p> : null}
        <ol className="space-y-3">
          {items.map((item, index) => (
            <li key={item.id} className={`card space-y-2 ${item.hasRead ? "border-l-4 border-l-green-700" : ""}`}>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-slate-600">{index + 1}.</span>
                {item.isAvailable ? (
                  <Link
                    to={paths.story(item.story.id, { collection: collection.slug })}
                    className="link text-lg break-words"
                    lang={item.story.language}
                  >
                    {item.story.title}
                  </Link>
                ) : (
                  <span className="text-lg font-medium break-words text-slate-700" lang={item.story.language}>
                    {item.story.title}
                  </span>
                )}
              </p>
              <p className="text-sm text-slate-700">
                {item.story.authorName ?? t("story.formerColleague")}
                {item.story.teamName ? ` · ${item.story.teamName}` : ""}
                {item.story.publishedAt ? ` · ${formatDate(item.story.publishedAt)}` : ""}
              </p>
              {item.note ? (
                <p className="rounded-lg bg-amber-50 p-2 text-sm text-amber-950">
                  <span className="font-semibold">{t("collections.curatorsNote")}</span> {item.note}
                </p>
              ) : null}
              {!item.isAvailable ? (
                <p className="text-sm font-semibold text-amber-900">{t("collections.editor.unavailable")}</p>
              ) : item.hasRead ? (
                <p className="text-sm font-medium text-green-800">
                  <span aria-hidden="true">✓ </span>
                  {t("collections.read")}
                </p>
              ) : (
                <p className="text-sm text-slate-700">{t("collections.unread")}</p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
