import type { ReactNode } from "react";
import { useId } from "react";
import { FormAnchorContext } from "~/utils/anchors";
import type { CardTone } from "./card";
import { Card } from "./card";

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
  tone?: Exclude<CardTone, "muted">;
  level?: 2 | 3;
  children?: ReactNode;
}) {
  const headingId = `${useId()}-heading`;
  const Heading = level === 2 ? "h2" : "h3";
  const content = (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <Heading
            id={headingId}
            className={level === 2 ? "text-heading font-semibold" : "text-body font-semibold tracking-tight"}
          >
            {title}
          </Heading>
          {description ? <div className="text-ink-muted">{description}</div> : null}
        </div>
        {actions}
      </div>
      {children}
    </>
  );
  // Forms inside come back here without JavaScript (ActionButton, AnchoredForm).
  const anchored = id ? <FormAnchorContext.Provider value={id}>{content}</FormAnchorContext.Provider> : content;
  return plain ? (
    <section id={id} aria-labelledby={headingId} className="space-y-3">
      {anchored}
    </section>
  ) : (
    <Card as="section" id={id} aria-labelledby={headingId} tone={tone} className="space-y-4">
      {anchored}
    </Card>
  );
}
