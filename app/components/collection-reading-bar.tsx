import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
// A type only: erased from the browser bundle, so the server module never reaches it.
import type { CollectionContext } from "~/models/collections.server";

export const storyInCollectionPath = (storyId: string, slug: string) =>
  `/stories/${storyId}?collection=${encodeURIComponent(slug)}`;

// Props: context = getCollectionContext(...) (non-null), storyId = the story shown; render it once per page.
export function CollectionReadingBar({ context, storyId }: { context: CollectionContext; storyId: string }) {
  const { t } = useTranslation();
  const { collection } = context;
  const collectionPath = `/collections/${encodeURIComponent(collection.slug)}`;
  return (
    <nav
      aria-label={t("collections.reading.label", { title: collection.title })}
      className="card space-y-3 border-brand-700"
    >
      <p className="font-semibold">
        {t("collections.reading.position", { position: context.position, total: context.total })} ·{" "}
        <Link to={collectionPath} className="link">
          {collection.title}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {context.previousStoryId ? (
          <Link
            to={storyInCollectionPath(context.previousStoryId, collection.slug)}
            rel="prev"
            className="button-secondary"
          >
            <span aria-hidden="true">←&nbsp;</span>
            {t("collections.reading.previous")}
          </Link>
        ) : null}
        {context.hasRead ? (
          <p className="inline-flex min-h-11 items-center rounded-lg bg-green-50 px-3 font-medium text-green-900">
            <span aria-hidden="true">✓&nbsp;</span>
            {context.finishedNow ? t("collections.reading.finished") : t("collections.reading.alreadyRead")}
          </p>
        ) : (
          <Form method="post" action={`${collectionPath}/read`}>
            <input type="hidden" name="storyId" value={storyId} />
            <button type="submit" className="button-primary">
              {t("collections.reading.markRead")}
            </button>
          </Form>
        )}
        {context.nextStoryId ? (
          <Link
            to={storyInCollectionPath(context.nextStoryId, collection.slug)}
            rel="next"
            className="button-secondary"
          >
            {t("collections.reading.next")}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        ) : (
          <Link to={collectionPath} className="button-secondary">
            {t("collections.reading.backToCollection")}
          </Link>
        )}
      </div>
    </nav>
  );
}
