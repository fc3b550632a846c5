import { CircleCheck } from "lucide-react";
import { useTranslation } from "react-i18next";
import { paths } from "~/utils/paths";
import type { Flash } from "~/utils/flash.server";
import { ButtonLink } from "./button";
import { SuccessMoment } from "./success-moment";

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
  if (moment === "firstStory")
    return (
      <SuccessMoment
        illustration="celebrate"
        title={t("moments.firstStory.title")}
        message={message}
        body={t("moments.firstStory.body")}
        actions={
          <>
            <ButtonLink to={paths.home()} variant="primary" label={t("moments.firstStory.next")} />
            <ButtonLink to={paths.newStory()} variant="quiet" label={t("moments.firstStory.another")} />
          </>
        }
      />
    );
  if (moment === "finishedCollection")
    return (
      <SuccessMoment
        illustration="finished"
        title={t("moments.finishedCollection.title")}
        message={message}
        body={t("moments.finishedCollection.body")}
        actions={<ButtonLink to={paths.collections()} variant="primary" label={t("moments.finishedCollection.next")} />}
      />
    );
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
