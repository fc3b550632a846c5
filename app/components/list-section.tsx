import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { Section } from "./section";

/**
 * A titled list of records (children), or what it says while there are none yet. A form in an
 * entry brings the page back to the list (its `id`), not to the top.
 */
export function ListSection({
  title,
  isEmpty,
  emptyMessage,
  children,
}: {
  title: string;
  isEmpty: boolean;
  emptyMessage: string;
  children: ReactNode;
}) {
  return (
    <Section id="list" title={title} plain>
      {isEmpty ? <EmptyState message={emptyMessage} /> : children}
    </Section>
  );
}
