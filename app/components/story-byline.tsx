import { Link } from "@remix-run/react";
import { UserRound } from "lucide-react";
import { useTranslation } from "~/utils/i18n";
import type { AvatarPhoto } from "~/utils/faces";
import { useFormatters } from "~/utils/format";
import { paths } from "~/utils/paths";
import { Avatar } from "./avatar";

/** A person as lists show them beside a story (the author, the people credited). */
export type PersonFace = { id: string; name: string; username: string; avatar: AvatarPhoto | null };

type Byline = {
  /** Null once the author's account is gone: the story stays, as a former colleague's. */
  author: PersonFace | null;
  teamName: string | null;
  publishedAt: string | Date | null;
  editedAt?: string | Date | null;
};

/**
 * Who told a story, from which team and when: the author's face and name (to their page), then
 * team and date, under a story's title wherever stories are shown.
 */
export function StoryByline({ story, size = "md" }: { story: Byline; size?: "sm" | "md" }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const details = [
    story.teamName,
    story.publishedAt ? formatDate(story.publishedAt) : null,
    story.editedAt ? t("story.editedOn", { date: formatDate(story.editedAt) }) : null,
  ].filter(Boolean);
  return (
    <div className="flex min-w-0 items-center gap-3">
      {story.author ? (
        <Avatar person={story.author} size={size} />
      ) : (
        <span
          aria-hidden="true"
          className={`inline-flex shrink-0 items-center justify-center rounded-full bg-surface-muted text-ink-muted ${
            size === "sm" ? "h-8 w-8" : "h-10 w-10"
          }`}
        >
          <UserRound className="h-5 w-5" />
        </span>
      )}
      <p className="min-w-0 text-sm leading-tight">
        {story.author ? (
          <Link
            to={paths.person(story.author.username)}
            className="inline-flex min-h-6 items-center font-semibold break-words text-ink hover:underline focus-visible:underline"
          >
            {story.author.name}
          </Link>
        ) : (
          <span className="inline-flex min-h-6 items-center font-semibold text-ink">{t("story.formerColleague")}</span>
        )}
        {details.length ? (
          <span className="block text-ink-muted">
            <span className="sr-only">, </span>
            {details.join(" · ")}
          </span>
        ) : null}
      </p>
    </div>
  );
}
