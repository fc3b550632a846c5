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
          <StepLink rel="prev" storyId={context.previousStoryId} slug={collection.slug} />
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
          <StepLink rel="next" storyId={context.nextStoryId} slug={collection.slug} />
        ) : (
          <ButtonLink to={paths.collection(collection.slug)} label={t("collections.reading.backToCollection")} />
        )}
      </div>
    </nav>
  );
}

/** The previous or the next story of the collection, read in it; the arrow points the way it goes. */
function StepLink({ rel, storyId, slug }: { rel: "prev" | "next"; storyId: string; slug: string }) {
  const { t } = useTranslation();
  const to = paths.story(storyId, { collection: slug });
  return rel === "prev" ? (
    <ButtonLink to={to} rel={rel} icon={ArrowLeft} label={t("collections.reading.previous")} />
  ) : (
    <ButtonLink to={to} rel={rel} iconEnd={ArrowRight} label={t("collections.reading.next")} />
  );
}
