import { useFetcher } from "@remix-run/react";
import type { LucideIcon } from "lucide-react";
import { HandHeart, Lightbulb, Sparkles } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "~/utils/i18n";
import type { ReactionKindKey } from "~/utils/dimensions";
import { reactionKinds } from "~/utils/dimensions";
import { useAnchoredAction } from "~/utils/anchors";
import { IN_PLACE_FIELD } from "~/utils/hydrated";

/** The story page's reactions, where a reaction without JavaScript comes back to. */
export const REACTIONS_ID = "reactions";

const icons: Record<ReactionKindKey, LucideIcon> = { applause: HandHeart, inspiring: Sparkles, learned: Lightbulb };

type Props = {
  counts: Partial<Record<string, number>>;
  own: string[];
  /** The story's own address, when the bar is not on the story page (a card in a list). */
  action?: string;
  /** Where the story's action sends a person back to without JavaScript (the list and its filters). */
  returnTo?: string;
  /** Cards show the kinds' names from small screens up only; each button is named either way. */
  isCompact?: boolean;
};

/** One toggle per kind; each person gives each kind at most once. Works as plain forms too. */
export function ReactionBar({ counts, own, action, returnTo, isCompact = false }: Props) {
  const { t } = useTranslation();
  return (
    <ul className={`flex flex-wrap ${isCompact ? "gap-1" : "gap-2"}`} aria-label={t("story.reactions")}>
      {reactionKinds.map((kind) => (
        <li key={kind}>
          <ReactionToggle
            kind={kind}
            count={counts[kind] ?? 0}
            isMine={own.includes(kind)}
            action={action}
            returnTo={returnTo}
            isCompact={isCompact}
          />
        </li>
      ))}
    </ul>
  );
}

function ReactionToggle({
  kind,
  count,
  isMine,
  action,
  returnTo,
  isCompact,
}: {
  kind: ReactionKindKey;
  count: number;
  isMine: boolean;
} & Pick<Props, "action" | "returnTo" | "isCompact">) {
  const { t } = useTranslation();
  const fetcher = useFetcher();
  // What the last toggle made it, until the page's own data catches up: lists do not reload for
  // a reaction (cards would move), and a card added by "Show more" has no loader to reload it.
  const [confirmed, setConfirmed] = useState<boolean | null>(null);
  useEffect(() => setConfirmed(null), [isMine, count]);
  const Icon = icons[kind];
  const pending = fetcher.formData?.get("want");
  const shownMine = pending ? pending === "yes" : (confirmed ?? isMine);
  const shownCount = count + (shownMine === isMine ? 0 : shownMine ? 1 : -1);
  return (
    <fetcher.Form
      method="post"
      // On the story page, without JavaScript, the page comes back at the reactions.
      action={useAnchoredAction(action, action ? undefined : REACTIONS_ID)}
      // Sent by JavaScript, so it asks to be answered in place; a card list has ~30 of these, so
      // none of them waits for a hydration flag of its own to say so.
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        form.set(IN_PLACE_FIELD, "1");
        setConfirmed(form.get("want") === "yes");
        void fetcher.submit(form, { method: "post", action });
      }}
    >
      <input type="hidden" name="intent" value="react" />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="want" value={shownMine ? "no" : "yes"} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <button
        type="submit"
        aria-pressed={shownMine}
        className={`inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full border font-medium ${
          isCompact ? "px-3 text-sm" : "px-4"
        } ${
          shownMine
            ? "border-accent bg-accent-soft text-accent-soft-ink"
            : `${isCompact ? "border-transparent" : "border-line bg-surface"} text-ink hover:bg-surface-muted`
        }`}
      >
        <Icon aria-hidden="true" className="h-5 w-5 shrink-0" />
        <span className={isCompact ? "sr-only sm:not-sr-only" : undefined}>{t(`reactions.${kind}`)}</span>
        <span className="tabular-nums">{shownCount}</span>
      </button>
    </fetcher.Form>
  );
}
