import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { paths } from "~/utils/paths";
import { MarkedText } from "./marked-text";
import { StoryByline } from "./story-byline";
import { ValueBadge } from "./value-badge";

export type StoryCardData = {
  id: string;
  title: string;
  excerpt: string;
  customerQuote: string;
  language: string;
  publishedAt: string | Date;
  authorName: string | null;
  teamName: string | null;
  reactorCount: number;
  commentCount: number;
  values: { slug: string; name: string; colour: string }[];
  people: string[];
  highlightNote: string | null;
  reason: string | null;
};

/** A story in a list: what it is about, who, when, and why the feed shows it. With a search, the
 * loader sends the quote and the names only when they match. */
export function StoryCard({ story, terms, isNew }: { story: StoryCardData; terms: string[]; isNew: boolean }) {
  const { t } = useTranslation();
  const titleId = `story-${story.id}-title`;
  return (
    <article className="card space-y-2" aria-labelledby={titleId}>
      {story.reason || isNew ? (
        <p className="flex flex-wrap gap-2 text-xs font-semibold tracking-wide uppercase">
          {isNew ? (
            <span className="rounded bg-accent-soft px-2 py-0.5 text-accent-strong">{t("feed.newBadge")}</span>
          ) : null}
          {story.reason ? (
            <span className="rounded bg-warning-soft px-2 py-0.5 text-warning">
              {t(`feed.reasons.${story.reason}`)}
            </span>
          ) : null}
        </p>
      ) : null}
      <h2 id={titleId} className="text-lg font-semibold break-words" lang={story.language}>
        <Link to={paths.story(story.id)} className="hover:underline focus-visible:underline">
          <MarkedText text={story.title} terms={terms} />
        </Link>
      </h2>
      <StoryByline story={story} />
      {story.highlightNote ? (
        <p className="rounded-lg bg-warning-soft p-2 text-sm text-warning">
          <span className="font-semibold">{t("feed.whyItMatters")}</span> {story.highlightNote}
        </p>
      ) : null}
      <p className="break-words text-ink" lang={story.language}>
        <MarkedText text={story.excerpt} terms={terms} />
      </p>
      {story.customerQuote ? (
        <p className="text-sm text-ink-muted italic" lang={story.language}>
          “<MarkedText text={story.customerQuote} terms={terms} />”
        </p>
      ) : null}
      {story.people.length ? (
        <p className="text-sm text-ink-muted">
          {t("story.people")}: <MarkedText text={story.people.join(", ")} terms={terms} />
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {story.values.map((value) => (
          <ValueBadge key={value.slug} name={value.name} colour={value.colour} />
        ))}
        <span className="text-sm text-ink-muted">
          {t("myStories.reactors", { count: story.reactorCount })} ·{" "}
          {t("myStories.comments", { count: story.commentCount })}
        </span>
      </div>
    </article>
  );
}
