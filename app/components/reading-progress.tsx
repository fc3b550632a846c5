import { useTranslation } from "react-i18next";

/** "3 of 8 read" with a bar; the text carries the meaning, the bar only repeats it. */
export function ReadingProgress({ progress }: { progress: { read: number; total: number } }) {
  const { t } = useTranslation();
  if (progress.total === 0) return <p className="text-sm text-slate-700">{t("collections.noStoriesYet")}</p>;
  const percent = Math.round((progress.read / progress.total) * 100);
  return (
    <div className="space-y-1">
      <p className="text-sm text-slate-700">
        {t("collections.progress", { read: progress.read, total: progress.total })}
      </p>
      <div aria-hidden="true" className="h-2 w-full max-w-xs overflow-hidden rounded-full bg-slate-200">
        <div className="h-2 rounded-full bg-brand-700" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
