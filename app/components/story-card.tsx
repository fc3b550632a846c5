import { Link, useLocation } from "@remix-run/react";
import { MessageCircle } from "lucide-react";
import { memo } from "react";
import { useTranslation } from "~/utils/i18n";
import type { PhotoView } from "~/models/photos.server";
import { paths, storyCardId } from "~/utils/paths";
import { Avatar } from "./avatar";
import { Badge } from "./chip";
import { MarkedText } from "./marked-text";
import { Photo } from "./photo";
import { ReactionBar } from "./reaction-bar";
import type { PersonFace } from "./story-byline";
import { StoryByline } from "./story-byline";
import { ValueChips } from "./value-badge";

export type StoryCardData = {
  id: string;
  title: string;
  excerpt: string;
  customerQuote: string;
  language: string;
  publishedAt: string | Date;
  author: PersonFace | null;
  teamName: string | null;
  photo: PhotoView | null;
  reactions: Partial<Record<string, number>>;
  ownReactions: string[];
  commentCount: number;
  values: { slug: string; name: string; colour: string }[];
  people: PersonFace[];
  highlightNote: string | null;
  reason: string | null;
};

const noTerms: string[] = [];

// The widest a card gets (the feed's column, max-w-2xl) and its margins on a phone.
const PHOTO_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

/**
 * A story in a list: its first photo, who told it, what it is about, who was in it, its values,
 * and the reactions, which can be given right here. With a search, the loader sends the quote
 * only when it matches. The card's id is the fragment a reaction without JavaScript returns to.
 * Memoised: every change of the router's state (a reaction sent from another card, routes
 * discovered after the page loads) renders the page again, and the cards' data has not changed.
 */
export const StoryCard = memo(function StoryCard({
  story,
  terms = noTerms,
  isNew,
  isFirst = false,
}: {
  story: StoryCardData;
  /** The search's words, marked where they occur. */
  terms?: string[];
  isNew: boolean;
  /** The first card on the page loads its photo at once; the others when they come near. */
  isFirst?: boolean;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const titleId = `story-${story.id}-title`;
  return (
    <article
      id={storyCardId(story.id)}
      tabIndex={-1}
      aria-labelledby={titleId}
      className="scroll-mt-20 overflow-hidden rounded-card border border-line bg-surface shadow-card"
    >
      {story.photo ? (
        <Photo
          photo={story.photo}
          sizes={PHOTO_SIZES}
          isPriority={isFirst}
          className="aspect-[3/2] h-auto w-full object-cover sm:aspect-video"
        />
      ) : null}
      <div className="space-y-3 p-4 sm:px-5">
        <StoryByline story={story} />
        {story.reason || isNew ? (
          <p className="flex flex-wrap gap-2">
            {isNew ? <Badge label={t("feed.newBadge")} /> : null}
            {story.reason ? <Badge label={t(`feed.reasons.${story.reason}`)} tone="warning" /> : null}
          </p>
        ) : null}
        <h2 id={titleId} className="text-lg leading-snug font-semibold break-words" lang={story.language}>
          <Link to={paths.story(story.id)} className="hover:underline focus-visible:underline">
            <MarkedText text={story.title} terms={terms} />
          </Link>
        </h2>
        {story.highlightNote ? (
          <p className="rounded-control bg-warning-soft p-3 text-sm text-warning">
            <span className="font-semibold">{t("feed.whyItMatters")}</span> {story.highlightNote}
          </p>
        ) : null}
        <p className="line-clamp-3 break-words text-ink" lang={story.language}>
          <MarkedText text={story.excerpt} terms={terms} />
        </p>
        {story.customerQuote ? (
          <p className="text-sm text-ink-muted italic" lang={story.language}>
            “<MarkedText text={story.customerQuote} terms={terms} />”
          </p>
        ) : null}
        {story.people.length ? (
          <div className="flex items-start gap-2 text-sm">
            <span className="inline-flex min-h-8 items-center text-ink-muted">{t("feed.with")}</span>
            <ul className="flex flex-wrap gap-x-3" aria-label={t("story.people")}>
              {story.people.map((person) => (
                <li key={person.id}>
                  <Link
                    to={paths.person(person.username)}
                    className="inline-flex min-h-8 items-center gap-1.5 font-medium text-ink hover:underline focus-visible:underline"
                  >
                    <Avatar person={person} size="xs" />
                    <MarkedText text={person.name} terms={terms} />
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ValueChips values={story.values} />
      </div>
      <footer className="flex items-center justify-between gap-2 border-t border-line px-2 py-1 sm:px-3">
        <ReactionBar
          counts={story.reactions}
          own={story.ownReactions}
          action={paths.story(story.id)}
          returnTo={location.pathname + location.search}
          isCompact
        />
        <Link
          to={paths.story(story.id, { hash: "comments" })}
          className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-full px-3 text-sm font-medium text-ink-muted hover:bg-surface-muted hover:text-ink"
        >
          <MessageCircle aria-hidden="true" className="h-5 w-5" />
          <span className="tabular-nums" aria-hidden="true">
            {story.commentCount}
          </span>
          <span className="sr-only">{t("story.comments", { count: story.commentCount })}</span>
        </Link>
      </footer>
    </article>
  );
});
