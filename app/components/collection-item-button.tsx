import type { ComponentProps } from "react";
import { ActionButton } from "./action-button";

type Props = Omit<ComponentProps<typeof ActionButton>, "about" | "fields"> & {
  item: { id: string; story: { title: string } };
  /** More to send beside the item's id (which way to move it). */
  fields?: Record<string, string>;
};

/** A one-button form acting on a story in a collection: it sends the item's id and is named after the story. */
export function CollectionItemButton({ item, fields, ...props }: Props) {
  return <ActionButton {...props} fields={{ itemId: item.id, ...fields }} about={item.story.title} />;
}
