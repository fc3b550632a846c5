import { useTranslation } from "react-i18next";
import { TextAreaField } from "./text-area-field";

/** The curator's note on a story in a collection (what to notice in it): the editor and "Add to collection". */
export function CollectionNoteField({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      label={t("collections.editor.note")}
      name="note"
      rows={2}
      maxLength={500}
      hint={t("collections.editor.noteHint")}
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
