import type { ReactNode } from "react";
import { useId } from "react";

const cardTones = {
  default: "card space-y-4",
  highlight: "card space-y-4 border-accent",
  danger: "card space-y-4 border-danger",
};

/**
 * A titled part of a page, named by its heading for screen readers. `plain` drops the card
 * (for lists of cards); `id` makes it a target for links and for forms that return to it;
 * `tone` marks the card as what the page is about now (highlight) or as one that deletes (danger).
 */
export function Section({
  title,
  id,
  description,
  actions,
  plain = false,
  tone = "default",
  level = 2,
  children,
}: {
  title: ReactNode;
  id?: string;
  description?: ReactNode;
  actions?: ReactNode;
  plain?: boolean;
  tone?: keyof typeof cardTones;
  level?: 2 | 3;
  children?: ReactNode;
}) {
  const headingId = `${useId()}-heading`;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section id={id} aria-labelledby={headingId} className={plain ? "space-y-3" : cardTones[tone]}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <Heading id={headingId} className={level === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
            {title}
          </Heading>
          {description ? <div className="text-ink-muted">{description}</div> : null}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
