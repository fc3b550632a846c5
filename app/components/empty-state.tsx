import type { ReactNode } from "react";
import type { IllustrationName } from "./illustrations";
import { Illustration } from "./illustrations";

/**
 * What a list says when it has nothing yet, and the next step when there is one. With an
 * illustration it stands as a centred panel (a page's main list); without, as a line of text
 * (a small list inside a card).
 */
export function EmptyState({
  message,
  action,
  illustration,
}: {
  message: ReactNode;
  action?: ReactNode;
  illustration?: IllustrationName;
}) {
  if (!illustration)
    return (
      <div className="space-y-3 text-ink-muted">
        <p>{message}</p>
        {action}
      </div>
    );
  return (
    <div className="flex flex-col items-center gap-3 rounded-card border border-dashed border-line-strong/40 bg-surface/60 px-6 py-8 text-center">
      <Illustration name={illustration} />
      <p className="max-w-sm text-ink-muted">{message}</p>
      {action ? <div className="flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
