import { Link } from "@remix-run/react";
import { ArrowLeft, ArrowRight, Check } from "lucide-react";
import { useTranslation } from "~/utils/i18n";
// A type only: erased from the browser bundle, so the server module never reaches it.
import type { CollectionContext } from "~/models/collections.server";
import { paths } from "~/utils/paths";
import { ActionButton } from "./action-button";
import { ButtonLink } from "./button";
import { ProgressBar } from "./reading-progress";

// No anchor for "I've read this": it goes on to the top of the next story, or to the collection.
const STORY_END_ID = "collection-next";

/**
 * The story's place in the collection it is read from, fixed at the bottom of the screen (above
 * the phone's bottom navigation): where it stands, the progress, previous, "I've read this" and
 * next. A navigation landmark named after the collection, so render it once per page; the page
 * leaves room below its content for it (READING_BAR_ROOM).
 */
export function CollectionReadingBar({ context, storyId }: { context: CollectionContext; storyId: string }) {
  const { t } = useTranslation();
  const { collection } = context;
  return (
    <nav
      aria-label={t("collections.reading.label", { title: collection.title })}
      // The phone's bottom navigation is 3.5 rem tall plus its border and the safe area.
      className="fixed inset-x-0 bottom-[calc(3.5rem+1px+env(safe-area-inset-bottom))] z-10 border-t border-accent/40 bg-surface/95 shadow-raised backdrop-blur md:bottom-0 md:pb-[env(safe-area-inset-bottom)] print:hidden"
    >
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-2">
        <div className="min-w-0 grow">
          <p className="text-sm font-semibold">
            {/* 24 px tall at least: a touch target, though the line is small. */}
            <Link
              to={paths.collection(collection.slug)}
              className="block min-h-6 truncate leading-6 hover:underline focus-visible:underline"
            >
              {collection.title}
            </Link>
          </p>
          <p className="text-caption text-ink-muted">
            {t("collections.reading.position", { position: context.position, total: context.total })} ·{" "}
            {t("collections.progress", { read: context.read, total: context.total })}
          </p>
          <ProgressBar progress={context} className="mt-1 h-1.5" />
        </div>
        {context.previousStoryId ? (
          <StepLink rel="prev" storyId={context.previousStoryId} slug={collection.slug} isCompact />
        ) : null}
        {context.hasRead ? (
          context.nextStoryId ? (
            <StepLink rel="next" storyId={context.nextStoryId} slug={collection.slug} isCompact />
          ) : (
            <p className="inline-flex min-h-11 items-center text-success">
              <Check aria-hidden="true" className="h-5 w-5" />
              <span className="sr-only">{t("collections.reading.alreadyRead")}</span>
            </p>
          )
        ) : (
          <ActionButton
            action={paths.readCollection(collection.slug)}
            fields={{ storyId }}
            label={t("collections.reading.markRead")}
            variant="primary"
            size="sm"
          />
        )}
      </div>
    </nav>
  );
}

/** Room below a page's content, so the fixed reading bar never covers its end. */
export const READING_BAR_ROOM = "pb-24";

/**
 * The end of a story read in a collection: the step to the next one where the reading ends, so
 * nobody scrolls back up. "I've read this" goes on to the next story by itself.
 */
export function CollectionStoryEnd({ context, storyId }: { context: CollectionContext; storyId: string }) {
  const { t } = useTranslation();
  const { collection } = context;
  return (
    <section
      id={STORY_END_ID}
      aria-labelledby={`${STORY_END_ID}-heading`}
      className="card scroll-mt-24 space-y-3 border-accent/60 ring-1 ring-accent/30"
    >
      <h2 id={`${STORY_END_ID}-heading`} className="font-semibold">
        {t("collections.reading.position", { position: context.position, total: context.total })} ·{" "}
        <Link to={paths.collection(collection.slug)} className="link">
          {collection.title}
        </Link>
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        {context.hasRead ? (
          <p className="inline-flex min-h-11 items-center rounded-control bg-success-soft px-3 font-medium text-success">
            <Check aria-hidden="true" className="mr-1.5 h-5 w-5" />
            {context.finishedNow ? t("collections.reading.finished") : t("collections.reading.alreadyRead")}
          </p>
        ) : (
          <ActionButton
            action={paths.readCollection(collection.slug)}
            fields={{ storyId }}
            label={context.isLast ? t("collections.reading.markReadLast") : t("collections.reading.markReadNext")}
            variant="primary"
            icon={context.isLast ? Check : undefined}
          />
        )}
        {context.hasRead && context.nextStoryId ? (
          <StepLink rel="next" storyId={context.nextStoryId} slug={collection.slug} />
        ) : null}
        {context.hasRead && !context.nextStoryId ? (
          <ButtonLink to={paths.collection(collection.slug)} label={t("collections.reading.backToCollection")} />
        ) : null}
      </div>
    </section>
  );
}

/** The previous or the next story of the collection, read in it; the arrow points the way it goes. */
function StepLink({
  rel,
  storyId,
  slug,
  isCompact = false,
}: {
  rel: "prev" | "next";
  storyId: string;
  slug: string;
  /** In the bar: small, and on phones the arrow alone (the name is still read out). */
  isCompact?: boolean;
}) {
  const { t } = useTranslation();
  const to = paths.story(storyId, { collection: slug });
  const label = rel === "prev" ? t("collections.reading.previous") : t("collections.reading.next");
  const icon = rel === "prev" ? { icon: ArrowLeft } : { iconEnd: ArrowRight };
  return isCompact ? (
    <ButtonLink
      to={to}
      rel={rel}
      {...icon}
      label={<span className="sr-only sm:not-sr-only">{label}</span>}
      size="sm"
      variant={rel === "next" ? "primary" : "secondary"}
    />
  ) : (
    <ButtonLink to={to} rel={rel} {...icon} label={label} variant="primary" />
  );
}
