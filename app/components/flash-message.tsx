import { CircleCheck } from "lucide-react";
import { useTranslation } from "~/utils/i18n";
import { paths } from "~/utils/paths";
import type { Flash } from "~/utils/flash.server";
import type { ButtonVariant } from "./button";
import { ButtonLink } from "./button";
import { SuccessMoment } from "./success-moment";

/** What each moment shows: its drawing and the next steps it offers (labels under `moments.<name>.`). */
const moments = {
  firstStory: {
    illustration: "celebrate",
    actions: [
      { to: paths.home(), variant: "primary", label: "next" },
      { to: paths.newStory(), variant: "quiet", label: "another" },
    ],
  },
  finishedCollection: {
    illustration: "finished",
    actions: [{ to: paths.collections(), variant: "primary", label: "next" }],
  },
} as const;

type Action = { to: string; variant: ButtonVariant; label: string };

/**
 * A finished collection's next step: the collection the server suggested (its next story when it
 * knows it), else all collections. Built here from ids, so the flash cookie cannot point elsewhere.
 */
function nextSteps(moment: keyof typeof moments, values: Record<string, string>): readonly Action[] {
  if (moment !== "finishedCollection" || !values.nextSlug) return moments[moment].actions;
  const to = values.nextStoryId
    ? paths.story(values.nextStoryId, { collection: values.nextSlug })
    : paths.collection(values.nextSlug);
  return [
    { to, variant: "primary", label: "readNext" },
    { to: paths.collections(), variant: "quiet", label: "all" },
  ];
}

/** The flashes that mark a moment rather than a plain "done": a finished collection, a first story. */
function momentOf(flash: Flash) {
  if (typeof flash === "string") return null;
  if (flash.key === "collections.finishedFlash") return "finishedCollection" as const;
  return flash.values.moment === "firstStory" ? ("firstStory" as const) : null;
}

export function FlashMessage({ messageKey }: { messageKey: Flash | null }) {
  const { t } = useTranslation();
  if (!messageKey) return null;
  const message = typeof messageKey === "string" ? t(messageKey) : t(messageKey.key, messageKey.values);
  const moment = momentOf(messageKey);
  if (moment) {
    const { illustration } = moments[moment];
    const values = typeof messageKey === "string" ? {} : messageKey.values;
    const actions = nextSteps(moment, values);
    return (
      <SuccessMoment
        illustration={illustration}
        title={t(`moments.${moment}.title`)}
        message={message}
        body={t(`moments.${moment}.body`)}
        actions={actions.map((action) => (
          <ButtonLink
            key={action.label}
            to={action.to}
            variant={action.variant}
            label={t(`moments.${moment}.${action.label}`, values)}
          />
        ))}
      />
    );
  }
  return (
    <p
      role="status"
      className="mb-4 flex items-start gap-2 rounded-card border border-success/30 bg-success-soft px-4 py-3 font-medium text-success"
    >
      <CircleCheck aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0" />
      <span>{message}</span>
    </p>
  );
}
