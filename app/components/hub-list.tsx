import { Link } from "@remix-run/react";
import type { LucideIcon } from "lucide-react";

export type HubEntry = { to: string; id: string; title: string; description: string; icon: LucideIcon; badge?: string };

/**
 * A page of destinations as cards to tap (the administration, "Manage"): each named by its title,
 * with its description read after it, and a badge for what waits there.
 */
export function HubList({ entries }: { entries: HubEntry[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {entries.map(({ id, to, title, description, icon: EntryIcon, badge }) => (
        <li key={id}>
          <Link
            to={to}
            aria-labelledby={`hub-${id}`}
            aria-describedby={`hub-${id}-about`}
            className="card flex h-full gap-3 hover:border-accent"
          >
            <EntryIcon aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-accent" />
            <span className="min-w-0 space-y-1">
              <span id={`hub-${id}`} className="block text-lg font-semibold text-accent">
                {title}
                {badge ? (
                  <span className="ms-2 inline-block rounded-full bg-accent-soft px-2 align-middle text-sm font-semibold text-accent-strong">
                    {badge}
                  </span>
                ) : null}
              </span>
              <span id={`hub-${id}-about`} className="block text-ink-muted">
                {description}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
