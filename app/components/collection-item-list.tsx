import { Link, useFetcher } from "@remix-run/react";
import type { DragEvent } from "react";
import { useEffect, useState } from "react";
import { useTranslation } from "~/utils/i18n";
import { formFields, textValue } from "~/utils/forms";
import { IN_PLACE_FIELD, useIsHydrated } from "~/utils/hydrated";
import { paths } from "~/utils/paths";
import { AnchoredForm } from "./anchored-form";
import { SubmitButton } from "./button";
import { CollectionItemButton } from "./collection-item-button";
import { UnavailableNote } from "./collection-item-notes";
import { CollectionNoteField } from "./collection-note-field";
import { TextField } from "./text-field";

type EditorItem = {
  id: string;
  note: string;
  reviewAt: string | Date;
  story: { id: string; title: string; language: string; author: { name: string } | null };
  isAvailable: boolean;
};

const dateInputValue = (value: string | Date) => new Date(value).toISOString().slice(0, 10);

/**
 * The editor's stories in order. Buttons move, remove and annotate each one with plain forms; with
 * JavaScript the cards can also be dragged into place, and the new order is saved in place.
 * `actionData` is what the editor's action answered: a refused note opens again on its own item.
 */
export function CollectionItemList({ items, actionData }: { items: EditorItem[]; actionData: unknown }) {
  const { t } = useTranslation();
  const { refusal } = formFields(actionData, "item");
  const isHydrated = useIsHydrated();
  const fetcher = useFetcher();
  const [order, setOrder] = useState(items);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  // The server's order wins whenever the page reloads its data.
  useEffect(() => setOrder(items), [items]);

  const dropOn = (targetId: string) => {
    if (!draggedId || draggedId === targetId) return;
    const next = order.filter((item) => item.id !== draggedId);
    const dragged = order.find((item) => item.id === draggedId)!;
    next.splice(
      next.findIndex((item) => item.id === targetId) +
        (order.findIndex((item) => item.id === draggedId) < order.findIndex((item) => item.id === targetId) ? 1 : 0),
      0,
      dragged,
    );
    setOrder(next);
    const form = new FormData();
    form.append("intent", "reorder");
    form.append(IN_PLACE_FIELD, "1");
    for (const item of next) form.append("order", item.id);
    fetcher.submit(form, { method: "post" });
  };

  if (order.length === 0) return <p className="text-ink-muted">{t("collections.editor.noItems")}</p>;
  return (
    <>
      {isHydrated ? <p className="text-sm text-ink-muted">{t("collections.editor.dragHint")}</p> : null}
      <ol className="space-y-3">
        {order.map((item, index) => {
          const itemFailure = textValue(refusal?.values, "itemId") === item.id ? refusal : undefined;
          const { field } = formFields(itemFailure);
          return (
            <li
              key={item.id}
              id={`item-${item.id}`}
              onDragOver={(event: DragEvent) => {
                if (draggedId) event.preventDefault();
              }}
              onDrop={(event: DragEvent) => {
                event.preventDefault();
                dropOn(item.id);
              }}
              className={`card space-y-3 ${draggedId === item.id ? "opacity-60" : ""}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                {isHydrated ? (
                  // Only the handle drags, so text in the note field can still be selected; the
                  // keyboard (and screen readers) use the move buttons instead.
                  <span
                    aria-hidden="true"
                    draggable
                    title={t("collections.editor.dragHandle")}
                    onDragStart={(event: DragEvent<HTMLSpanElement>) => {
                      event.dataTransfer.effectAllowed = "move";
                      event.dataTransfer.setData("text/plain", item.id);
                      const card = event.currentTarget.closest("li");
                      if (card) event.dataTransfer.setDragImage(card, 16, 16);
                      setDraggedId(item.id);
                    }}
                    onDragEnd={() => setDraggedId(null)}
                    className="flex min-h-11 min-w-11 cursor-grab items-center justify-center rounded-lg border border-line text-lg text-ink-muted select-none"
                  >
                    ⠿
                  </span>
                ) : null}
                <p className="min-w-0 flex-1 font-semibold break-words">
                  <span className="text-ink-muted">{index + 1}. </span>
                  <Link to={paths.story(item.story.id)} className="link" lang={item.story.language}>
                    {item.story.title}
                  </Link>
                  <span className="block text-sm font-normal text-ink-muted">
                    {item.story.author?.name ?? t("story.formerColleague")}
                  </span>
                </p>
                {item.isAvailable ? null : <UnavailableNote />}
              </div>
              <div className="flex flex-wrap gap-2">
                {(["up", "down"] as const).map((direction) => (
                  <CollectionItemButton
                    key={direction}
                    item={item}
                    intent="move"
                    fields={{ direction }}
                    label={direction === "up" ? t("collections.editor.moveUp") : t("collections.editor.moveDown")}
                    isDisabled={direction === "up" ? index === 0 : index === order.length - 1}
                  />
                ))}
                <CollectionItemButton item={item} intent="remove" label={t("collections.editor.remove")} />
              </div>
              <details open={Boolean(itemFailure)}>
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent">
                  {item.note ? t("collections.editor.editNote") : t("collections.editor.addNote")}
                  <span className="sr-only">: {item.story.title}</span>
                </summary>
                <AnchoredForm method="post" anchor={`item-${item.id}`} className="mt-2 space-y-3">
                  <input type="hidden" name="intent" value="item" />
                  <input type="hidden" name="itemId" value={item.id} />
                  <CollectionNoteField {...field("note", item.note)} />
                  <TextField
                    label={t("collections.editor.reviewAt")}
                    hint={t("collections.editor.reviewAtHint")}
                    type="date"
                    required
                    {...field("reviewAt", dateInputValue(item.reviewAt))}
                  />
                  <SubmitButton label={t("collections.editor.saveItem")} about={item.story.title} />
                </AnchoredForm>
              </details>
              {item.note ? (
                <p className="text-sm text-ink-muted">{t("collections.editor.notePreview", { note: item.note })}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
