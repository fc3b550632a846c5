import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ReactionKindKey } from "~/utils/dimensions";
import { reactionKinds } from "~/utils/dimensions";
import { IN_PLACE_FIELD, useIsHydrated } from "~/utils/hydrated";

const symbols: Record<ReactionKindKey, string> = { applause: "👏", inspiring: "✨", learned: "💡" };

/** One toggle per kind; each person gives each kind at most once. Works as plain forms too. */
export function ReactionBar({ counts, own }: { counts: Partial<Record<string, number>>; own: string[] }) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("story.reactions")}>
      {reactionKinds.map((kind) => (
        <li key={kind}>
          <ReactionToggle kind={kind} count={counts[kind] ?? 0} isMine={own.includes(kind)} />
        </li>
      ))}
    </ul>
  );
}

function ReactionToggle({ kind, count, isMine }: { kind: ReactionKindKey; count: number; isMine: boolean }) {
  const { t } = useTranslation();
  const fetcher = useFetcher();
  const isHydrated = useIsHydrated();
  // Optimistic: while the toggle is on its way, show what it will be.
  const pending = fetcher.formData?.get("want");
  const shownMine = pending ? pending === "yes" : isMine;
  const shownCount = count + (shownMine === isMine ? 0 : shownMine ? 1 : -1);
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="intent" value="react" />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="want" value={shownMine ? "no" : "yes"} />
      {isHydrated ? <input type="hidden" name={IN_PLACE_FIELD} value="1" /> : null}
      <button
        type="submit"
        aria-pressed={shownMine}
        className={`inline-flex min-h-11 items-center gap-2 rounded-full border px-4 font-medium ${
          shownMine
            ? "border-accent bg-accent-soft text-accent-strong"
            : "border-line bg-surface text-ink hover:bg-surface-muted"
        }`}
      >
        <span aria-hidden="true">{symbols[kind]}</span>
        {t(`reactions.${kind}`)}
        <span className="tabular-nums">{shownCount}</span>
      </button>
    </fetcher.Form>
  );
}
