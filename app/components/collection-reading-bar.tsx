import { Link } from "@remix-run/react";
import { ArrowLeft, ArrowRight, Check } from "lucide-react";
import { useTranslation } from "react-i18next";
// A type only: erased from the browser bundle, so the server module never reaches it.
import type { CollectionContext } from "~/models/collections.server";
import { paths } from "~/utils/paths";
import { ActionButton } from "./action-button";
import { ButtonLink } from "./button";

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
      className="card space-y-3 border-accent/60 ring-1 ring-accent/30"
    >
      <p className="font-semibold">
        {t("collections.reading.position", { position: context.position, total: context.total })} ·{" "}
        <Link to={paths.collection(collection.slug)} className="link">
          {collection.title}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {context.previousStoryId ? (
          <ButtonLink
            to={paths.story(context.previousStoryId, inCollection)}
            rel="prev"
            icon={ArrowLeft}
            label={t("collections.reading.previous")}
          />
        ) : null}
        {context.hasRead ? (
          <p className="inline-flex min-h-11 items-center rounded-control bg-success-soft px-3 font-medium text-success">
            <Check aria-hidden="true" className="mr-1.5 h-5 w-5" />
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
          <ButtonLink
            to={paths.story(context.nextStoryId, inCollection)}
            rel="next"
            iconEnd={ArrowRight}
            label={t("collections.reading.next")}
          />
        ) : (
          <ButtonLink to={paths.collection(collection.slug)} label={t("collections.reading.backToCollection")} />
        )}
      </div>
    </nav>
  );
}
