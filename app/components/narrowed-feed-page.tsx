import type { ComponentProps, ReactNode } from "react";
import { useTranslation } from "~/utils/i18n";
import { FeedView } from "./feed-view";

/**
 * The page of a value or a dimension: what it stands for (children), then its best examples, the
 * feed narrowed to it without that filter on offer again.
 */
export function NarrowedFeedPage({
  eyebrow,
  title,
  feed,
  basePath,
  facet,
  children,
}: {
  eyebrow?: ReactNode;
  title: string;
  feed: Pick<ComponentProps<typeof FeedView>, "params" | "page" | "options">;
  basePath: string;
  facet: "value" | "dim";
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        {eyebrow}
        <h1 className="text-2xl font-bold">{title}</h1>
        {children}
        <h2 className="pt-2 text-xl font-semibold">{t("values.bestExamples")}</h2>
      </header>
      <FeedView basePath={basePath} {...feed} since={null} fixedFacet={facet} />
    </div>
  );
}
