import { Link } from "@remix-run/react";
import type { LucideIcon } from "lucide-react";

/**
 * Views of one list as links (Best, New, Highlights): each is its own URL, so it works without
 * JavaScript, can be shared and comes back with the Back button. The current one carries
 * aria-current="page". Not ARIA tabs: those move focus with arrow keys and switch panels in place.
 */
export function Tabs({
  label,
  tabs,
  current,
}: {
  /** Names the row for screen readers ("Sort the stories"). */
  label: string;
  tabs: { key: string; label: string; to: string; icon?: LucideIcon }[];
  current: string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="inline-flex max-w-full gap-1 overflow-x-auto rounded-chip bg-surface-muted p-1 ring-1 ring-line ring-inset">
        {tabs.map(({ key, label: tabLabel, to, icon: Shape }) => {
          const isCurrent = key === current;
          return (
            <li key={key}>
              <Link
                to={to}
                aria-current={isCurrent ? "page" : undefined}
                preventScrollReset
                className={`inline-flex min-h-10 items-center gap-1.5 rounded-chip px-4 text-sm font-semibold whitespace-nowrap transition-colors ${
                  isCurrent ? "bg-surface text-ink shadow-card" : "text-ink-muted hover:text-ink"
                }`}
              >
                {Shape ? <Shape aria-hidden="true" className="h-4 w-4" /> : null}
                {tabLabel}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
