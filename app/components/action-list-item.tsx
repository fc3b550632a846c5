import type { ReactNode } from "react";

/**
 * One row of a list of things to act on: what it is, and its action (an ActionButton, say) beside
 * it, wrapping below it on a narrow screen.
 */
export function ActionListItem({ children, action }: { children: ReactNode; action: ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-line bg-surface p-3">
      <div className="min-w-0">{children}</div>
      {action}
    </li>
  );
}
