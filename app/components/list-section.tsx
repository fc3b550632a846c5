import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { Section } from "./section";

/** A titled list of records (children), or what it says while there are none yet. */
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
    <Section title={title} plain>
      {isEmpty ? <EmptyState message={emptyMessage} /> : children}
    </Section>
  );
}
