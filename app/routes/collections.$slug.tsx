import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { ButtonLink } from "~/components/button";
import { CollectionAudienceSummary } from "~/components/collection-audience-summary";
import { CuratorsNote, UnavailableNote } from "~/components/collection-item-notes";
import { PageHeader } from "~/components/page-header";
import { ContinueReadingLink, DoneNote, ReadingProgress, StoryInCollectionLink } from "~/components/reading-progress";
import { Section } from "~/components/section";
import { StoryByline } from "~/components/story-byline";
import { getCollectionPage } from "~/models/collections.server";
import { requireUser } from "~/utils/auth.server";
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
  const { collection, items, progress, isFinished, nextStoryId, canEdit } = useLoaderData<typeof loader>();
  return (
    <article className="space-y-6">
      <PageHeader
        eyebrow={
          <Link to={paths.collections()} className="hover:underline">
            {t("collections.title")}
          </Link>
        }
        title={collection.title}
        actions={
          <div className="flex flex-wrap gap-3">
            {nextStoryId ? (
              <ContinueReadingLink
                to={paths.story(nextStoryId, { collection: collection.slug })}
                progress={progress}
                variant="primary"
              />
            ) : null}
            {canEdit ? <ButtonLink to={paths.editCollection(collection.slug)} label={t("collections.edit")} /> : null}
          </div>
        }
      />
      {canEdit ? (
        <p className="text-sm text-ink-muted">
          <CollectionAudienceSummary collection={collection} />
        </p>
      ) : null}
      <ReadingProgress progress={progress} />
      {/* A line, not a box: finishing it is marked once, by the moment with its next step. */}
      {isFinished ? <DoneNote>{t("collections.finishedLong")}</DoneNote> : null}

      {collection.introHtml ? (
        // Rendered from Markdown and sanitised with an allowlist when the collection was saved.
        <div className="story-body" dangerouslySetInnerHTML={{ __html: collection.introHtml }} />
      ) : null}

      <Section title={t("collections.stories")} plain>
        {items.length === 0 ? <p className="text-ink-muted">{t("collections.noStoriesYet")}</p> : null}
        <ol className="space-y-3">
          {items.map((item, index) => (
            <li key={item.id} className={`card space-y-2 ${item.hasRead ? "border-l-4 border-l-success" : ""}`}>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-ink-muted">{index + 1}.</span>
                {item.isAvailable ? (
                  <StoryInCollectionLink
                    story={item.story}
                    slug={collection.slug}
                    className="link text-lg break-words"
                  />
                ) : (
                  <span className="text-lg font-medium break-words text-ink-muted" lang={item.story.language}>
                    {item.story.title}
                  </span>
                )}
              </p>
              <StoryByline story={item.story} />
              <CuratorsNote note={item.note} />
              {!item.isAvailable ? (
                <UnavailableNote />
              ) : item.hasRead ? (
                <DoneNote isSmall>{t("collections.read")}</DoneNote>
              ) : (
                <p className="text-sm text-ink-muted">{t("collections.unread")}</p>
              )}
            </li>
          ))}
        </ol>
      </Section>
    </article>
  );
}
