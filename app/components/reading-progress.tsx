import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/utils/i18n";
import type { ButtonVariant } from "./button";
import { paths } from "~/utils/paths";
import { ButtonLink } from "./button";

type Progress = { read: number; total: number };

/** "3 of 8 read" with a bar; the text carries the meaning, the bar only repeats it. */
export function ReadingProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  if (progress.total === 0) return <p className="text-sm text-ink-muted">{t("collections.noStoriesYet")}</p>;
  return (
    <div className="space-y-1">
      <p className="text-sm text-ink-muted">
        {t("collections.progress", { read: progress.read, total: progress.total })}
      </p>
      <ProgressBar progress={progress} className="h-2 max-w-xs" />
    </div>
  );
}

/** The bar alone, hidden from screen readers: the words beside it say the same. */
export function ProgressBar({ progress, className }: { progress: Progress; className: string }) {
  const percent = progress.total ? Math.round((progress.read / progress.total) * 100) : 0;
  return (
    <div aria-hidden="true" className={`w-full overflow-hidden rounded-full bg-surface-muted ${className}`}>
      <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
    </div>
  );
}

/** A story's title linking to it as read in a collection (with the reading bar), in the story's language. */
export function StoryInCollectionLink({
  story,
  slug,
  className = "link",
}: {
  story: { id: string; title: string; language: string };
  slug: string;
  className?: string;
}) {
  return (
    <Link to={paths.story(story.id, { collection: slug })} className={className} lang={story.language}>
      {story.title}
    </Link>
  );
}

/** "Start reading" before the first story is read, "Continue reading" after: to the next one unread. */
export function ContinueReadingLink({
  to,
  progress,
  about,
  variant,
}: {
  to: string;
  progress: Progress;
  about?: string;
  variant?: ButtonVariant;
}) {
  const { t } = useTranslation();
  const label = progress.read === 0 ? t("collections.startReading") : t("collections.continueReading");
  return <ButtonLink to={to} label={label} about={about} variant={variant} />;
}

/** A story or a collection read to the end, ticked (the tick is decoration: the words say it). */
export function DoneNote({ children, isSmall = false }: { children: ReactNode; isSmall?: boolean }) {
  return (
    <p className={isSmall ? "text-sm font-medium text-success" : "font-medium text-success"}>
      <span aria-hidden="true">✓ </span>
      {children}
    </p>
  );
}

/** The same for everything on a page read to the end, standing out above it. */
export function DoneBanner({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-success bg-success-soft p-3 font-medium text-success">
      <span aria-hidden="true">✓ </span>
      {children}
    </p>
  );
}
