import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/utils/i18n";
import { paths } from "~/utils/paths";
import { Badge } from "./chip";
import { DoneNote, ReadingProgress } from "./reading-progress";

type CollectionSummary = {
  slug: string;
  title: string;
  isAssigned: boolean;
  progress: { read: number; total: number };
  isFinished: boolean;
};

/**
 * One collection in a list of them (/collections, the welcome page): its title as a link,
 * whether it is assigned to the reader, their progress, and `finished` once every story is read
 * (`children` until then).
 */
export function CollectionCard({
  collection,
  level,
  audience,
  finished,
  children,
}: {
  collection: CollectionSummary;
  level: 2 | 3;
  /** Whom it is for, for managers. */
  audience?: ReactNode;
  finished: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li className="card space-y-2">
      <Heading className="text-lg font-semibold break-words">
        <Link to={paths.collection(collection.slug)} className="hover:underline focus-visible:underline">
          {collection.title}
        </Link>
      </Heading>
      {collection.isAssigned || audience ? (
        <p className="flex flex-wrap gap-2 text-sm">
          {collection.isAssigned ? <Badge label={t("collections.assignedToYou")} tone="warning" /> : null}
          {audience ? <span className="text-ink-muted">{audience}</span> : null}
        </p>
      ) : null}
      <ReadingProgress progress={collection.progress} />
      {collection.isFinished ? <DoneNote>{finished}</DoneNote> : children}
    </li>
  );
}
