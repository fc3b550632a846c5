import type { HTMLAttributes, ReactNode } from "react";

export const cardTones = {
  default: "card",
  // What the page is about now (the collection being read, the next step).
  highlight: "card border-accent/60 ring-1 ring-accent/30",
  // A part that deletes.
  danger: "card border-danger/60",
  // A quieter surface inside a page, without the lift (a hint, a preview).
  muted: "rounded-card bg-surface-muted p-inset",
} as const;
export type CardTone = keyof typeof cardTones;

/**
 * The surface every card and section stands on: rounded, lifted a little off the canvas, with the
 * page's inset. `as` picks the element (a list item, an article, a section).
 */
export function Card({
  as: Element = "div",
  tone = "default",
  className,
  children,
  ...props
}: {
  as?: "div" | "section" | "article" | "li" | "aside";
  tone?: CardTone;
  children: ReactNode;
} & HTMLAttributes<HTMLElement>) {
  return (
    <Element className={[cardTones[tone], className].filter(Boolean).join(" ")} {...props}>
      {children}
    </Element>
  );
}
