import type { ReactNode } from "react";

/** What a list says when it has nothing yet, and the next step when there is one. */
export function EmptyState({ message, action }: { message: ReactNode; action?: ReactNode }) {
  return (
    <div className="space-y-3 text-ink-muted">
      <p>{message}</p>
      {action}
    </div>
  );
}
