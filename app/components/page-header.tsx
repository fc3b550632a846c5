import type { ReactNode } from "react";

type PageHeaderProps = {
  title: ReactNode;
  eyebrow?: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  lang?: string;
};

const spacings = { tight: "space-y-4", normal: "space-y-6", loose: "space-y-8" } as const;

/** A page: its header, then its parts one below the other (closer for lists, wider for sections). */
export function Page({
  children,
  spacing = "normal",
  ...header
}: PageHeaderProps & { children: ReactNode; spacing?: keyof typeof spacings }) {
  return (
    <div className={spacings[spacing]}>
      <PageHeader {...header} />
      {children}
    </div>
  );
}

/** A page's heading, with an optional line above it (where it belongs), a lead and actions. */
export function PageHeader({ title, eyebrow, lead, actions, lang }: PageHeaderProps) {
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
