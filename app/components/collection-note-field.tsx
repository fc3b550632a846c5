import { useTranslation } from "~/utils/i18n";
import { TextAreaField } from "./text-field";

/**
 * The curator's note on a story in a collection (what to notice in it): the editor and "Add to
 * collection". Takes what `formFields().field("note", saved)` gives.
 */
export function CollectionNoteField(field: { name: string; defaultValue?: string; errors?: string[] }) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      label={t("collections.editor.note")}
      hint={t("collections.editor.noteHint")}
      rows={2}
      maxLength={500}
      {...field}
    />
  );
}
