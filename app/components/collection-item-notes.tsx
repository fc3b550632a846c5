import { useTranslation } from "~/utils/i18n";

/** The curator's note on a story in a collection, as readers and reviewers see it. */
export function CuratorsNote({ note }: { note: string }) {
  const { t } = useTranslation();
  if (!note) return null;
  return (
    <p className="rounded-lg bg-warning-soft p-2 text-sm text-warning">
      <span className="font-semibold">{t("collections.curatorsNote")}</span> {note}
    </p>
  );
}

/** Said to managers of a story in a collection that readers no longer see (hidden, deleted or unpublished). */
export function UnavailableNote() {
  const { t } = useTranslation();
  return <p className="text-sm font-semibold text-warning">{t("collections.editor.unavailable")}</p>;
}
