import type { ReactNode } from "react";
import { useId } from "react";

/**
 * A titled part of a page, named by its heading for screen readers. `plain` drops the card
 * (for lists of cards); `id` makes it a target for links and for forms that return to it.
 */
export function Section({
  title,
  id,
  description,
  actions,
  plain = false,
  level = 2,
  children,
}: {
  title: ReactNode;
  id?: string;
  description?: ReactNode;
  actions?: ReactNode;
  plain?: boolean;
  level?: 2 | 3;
  children?: ReactNode;
}) {
  const headingId = `${useId()}-heading`;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section id={id} aria-labelledby={headingId} className={plain ? "space-y-3" : "card space-y-4"}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <Heading id={headingId} className={level === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
            {title}
          </Heading>
          {description ? <div className="text-slate-700">{description}</div> : null}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
