import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
// A type only: erased from the browser bundle, so the server module never reaches it.
import type { CollectionContext } from "~/models/collections.server";
import { paths } from "~/utils/paths";
import { ActionButton } from "./action-button";

/**
 * The story's place in the collection it is read from, with previous, "I've read this" and next.
 * A navigation landmark named after the collection, so render it once per page.
 */
export function CollectionReadingBar({ context, storyId }: { context: CollectionContext; storyId: string }) {
  const { t } = useTranslation();
  const { collection } = context;
  const inCollection = { collection: collection.slug };
  return (
    <nav
      aria-label={t("collections.reading.label", { title: collection.title })}
      className="card space-y-3 border-accent"
    >
      <p className="font-semibold">
        {t("collections.reading.position", { position: context.position, total: context.total })} ·{" "}
        <Link to={paths.collection(collection.slug)} className="link">
          {collection.title}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {context.previousStoryId ? (
          <Link to={paths.story(context.previousStoryId, inCollection)} rel="prev" className="button-secondary">
            <span aria-hidden="true">←&nbsp;</span>
            {t("collections.reading.previous")}
          </Link>
        ) : null}
        {context.hasRead ? (
          <p className="inline-flex min-h-11 items-center rounded-lg bg-success-soft px-3 font-medium text-success">
            <span aria-hidden="true">✓&nbsp;</span>
            {context.finishedNow ? t("collections.reading.finished") : t("collections.reading.alreadyRead")}
          </p>
        ) : (
          <ActionButton
            action={paths.readCollection(collection.slug)}
            fields={{ storyId }}
            label={t("collections.reading.markRead")}
            variant="primary"
          />
        )}
        {context.nextStoryId ? (
          <Link to={paths.story(context.nextStoryId, inCollection)} rel="next" className="button-secondary">
            {t("collections.reading.next")}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        ) : (
          <Link to={paths.collection(collection.slug)} className="button-secondary">
            {t("collections.reading.backToCollection")}
          </Link>
        )}
      </div>
    </nav>
  );
}
