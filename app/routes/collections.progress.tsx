import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
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
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("progress.title")}</h1>
        <p className="text-slate-700">
          {isAdmin ? t("progress.introAdmin", { days: newHireDays }) : t("progress.intro", { days: newHireDays })}
        </p>
        <p className="text-sm text-slate-700">{t("progress.readHint")}</p>
      </header>
      {people.length === 0 ? (
        <p className="card text-slate-700">{!isAdmin && !hasTeam ? t("progress.noTeam") : t("progress.none")}</p>
      ) : null}
      <ul className="space-y-3">
        {people.map((person) => (
          <li key={person.id} className="card space-y-3">
            <h2 className="text-lg font-semibold">
              {person.name}
              <span className="block text-sm font-normal text-slate-700">
                {person.teamName ? `${person.teamName} · ` : ""}
                {t("progress.joined", { date: formatDate(person.joinedAt) })}
              </span>
            </h2>
            {person.collections.length === 0 ? (
              <p className="text-slate-700">{t("progress.noCollections")}</p>
            ) : (
              <ul className="space-y-2">
                {person.collections.map((collection) => (
                  <li key={collection.slug} className="rounded-lg border border-slate-200 p-3">
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
    </div>
  );
}
