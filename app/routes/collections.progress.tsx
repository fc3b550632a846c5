import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { EmptyState } from "~/components/empty-state";
import { Page } from "~/components/page-header";
import { ReadingProgress } from "~/components/reading-progress";
import { getNewHireProgress } from "~/models/onboarding.server";
import { requireUser } from "~/utils/auth.server";
import { useFormatters } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { hasRole } from "~/utils/roles";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "progress.title");

/** Managers see the new hires of their own team; admins see every team's. */
export async function loader({ request }: LoaderFunctionArgs) {
  const manager = await requireUser(request, { role: "manager" });
  const { newHireDays, people } = await getNewHireProgress(manager);
  return { newHireDays, people, isAdmin: hasRole(manager, "admin"), hasTeam: Boolean(manager.teamId) };
}

export default function NewHireProgressPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { newHireDays, people, isAdmin, hasTeam } = useLoaderData<typeof loader>();
  return (
    <Page
      title={t("progress.title")}
      lead={
        <>
          <p>
            {isAdmin ? t("progress.introAdmin", { days: newHireDays }) : t("progress.intro", { days: newHireDays })}
          </p>
          <p className="text-sm">{t("progress.readHint")}</p>
        </>
      }
    >
      {people.length === 0 ? (
        <EmptyState message={!isAdmin && !hasTeam ? t("progress.noTeam") : t("progress.none")} />
      ) : null}
      <ul className="space-y-3">
        {people.map((person) => (
          <li key={person.id} className="card space-y-3">
            <h2 className="text-lg font-semibold">
              {person.name}
              <span className="block text-sm font-normal text-ink-muted">
                {person.teamName ? `${person.teamName} · ` : ""}
                {t("progress.joined", { date: formatDate(person.joinedAt) })}
              </span>
            </h2>
            {person.collections.length === 0 ? (
              <p className="text-ink-muted">{t("progress.noCollections")}</p>
            ) : (
              <ul className="space-y-2">
                {person.collections.map((collection) => (
                  <li key={collection.slug} className="rounded-lg border border-line p-3">
                    <Link to={paths.collection(collection.slug)} className="link">
                      {collection.title}
                    </Link>
                    <ReadingProgress progress={collection.progress} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </Page>
  );
}

await loadTranslationArea("manage");
