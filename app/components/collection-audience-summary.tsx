import { useTranslation } from "~/utils/i18n";
import type { CollectionAudience } from "~/generated/prisma/enums";

/** Whom a collection is for, in a few words (for managers, who see every collection). */
export function CollectionAudienceSummary({
  collection,
}: {
  collection: { audience: CollectionAudience; teamNames: string[] };
}) {
  const { t } = useTranslation();
  return collection.audience === "teams"
    ? t("collections.audienceTeams", { teams: collection.teamNames.join(", ") })
    : t(`collections.audienceShort.${collection.audience}`);
}
