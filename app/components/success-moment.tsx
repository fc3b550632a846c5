import type { ReactNode } from "react";
import type { IllustrationName } from "./illustrations";
import { Illustration } from "./illustrations";

/**
 * A moment worth marking (a first story out, a collection read to the end): a picture, the
 * message that says what happened (read out as a status, like any flash), a line on what it
 * means and the next step.
 */
export function SuccessMoment({
  illustration,
  title,
  message,
  body,
  actions,
}: {
  illustration: IllustrationName;
  title: ReactNode;
  message: ReactNode;
  body?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <aside className="relative mb-6 overflow-hidden rounded-card border border-accent/30 bg-linear-to-br from-accent-soft via-surface to-warning-soft p-inset text-center shadow-raised sm:flex sm:items-center sm:gap-6 sm:p-8 sm:text-left">
      <Illustration name={illustration} className="mx-auto h-36 w-44 shrink-0 sm:mx-0" />
      <div className="space-y-2">
        <p className="text-title font-bold text-ink">{title}</p>
        <p role="status" className="font-semibold text-accent-soft-ink">
          {message}
        </p>
        {body ? <p className="text-ink-muted">{body}</p> : null}
        {actions ? <div className="flex flex-wrap justify-center gap-2 pt-2 sm:justify-start">{actions}</div> : null}
      </div>
    </aside>
  );
}
