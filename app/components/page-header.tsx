import type { ReactNode } from "react";

/** A page's heading, with an optional line above it (where it belongs), a lead and actions. */
export function PageHeader({
  title,
  eyebrow,
  lead,
  actions,
  lang,
}: {
  title: ReactNode;
  eyebrow?: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  lang?: string;
}) {
  return (
    <header className="space-y-2">
      {eyebrow ? <div className="text-caption font-semibold text-accent">{eyebrow}</div> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-title font-bold break-words sm:text-display" lang={lang}>
          {title}
        </h1>
        {actions}
      </div>
      {lead ? <div className="max-w-prose text-ink-muted">{lead}</div> : null}
    </header>
  );
}
