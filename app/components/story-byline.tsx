import { useTranslation } from "react-i18next";
import { useFormatters } from "~/utils/format";

type Byline = { authorName: string | null; teamName: string | null; publishedAt: string | Date | null };

/** Who told a story, from which team and when: one line under its title wherever stories are listed. */
export function StoryByline({ story }: { story: Byline }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  return (
    <p className="text-sm text-ink-muted">
      {story.authorName ?? t("story.formerColleague")}
      {story.teamName ? ` · ${story.teamName}` : ""}
      {story.publishedAt ? ` · ${formatDate(story.publishedAt)}` : ""}
    </p>
  );
}
