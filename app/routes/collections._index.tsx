import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReadingProgress } from "~/components/reading-progress";
import { listCollectionsFor } from "~/models/collections.server";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return listCollectionsFor(user);
}

export default function CollectionsPage() {
  const { t } = useTranslation();
  const { collections, isManager, dueForReview, hasWelcomePage } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("collections.title")}</h1>
        <p className="text-slate-700">{t("collections.intro")}</p>
        {isManager ? (
          <div className="flex flex-wrap gap-3">
            <Link to={paths.newCollection()} className="button-primary">
              {t("collections.new")}
            </Link>
            <Link to={paths.collectionReview()} className="button-secondary">
              {t("collections.reviewLink", { count: dueForReview })}
            </Link>
            <Link to={paths.newHireProgress()} className="button-secondary">
              {t("progress.title")}
            </Link>
          </div>
        ) : null}
      </header>

      {hasWelcomePage ? (
        <p className="card">
          <Link to={paths.welcome()} className="link font-semibold">
            {t("welcome.linkFromCollections")}
          </Link>
        </p>
      ) : null}

      {collections.length === 0 ? (
        <p className="text-slate-700">{isManager ? t("collections.noneManager") : t("collections.none")}</p>
      ) : null}
      <ul className="grid gap-3 sm:grid-cols-2">
        {collections.map((collection) => (
          <li key={collection.slug} className="card space-y-2">
            <h2 className="text-lg font-semibold break-words">
              <Link to={paths.collection(collection.slug)} className="hover:underline focus-visible:underline">
                {collection.title}
              </Link>
            </h2>
            <p className="flex flex-wrap gap-2 text-sm">
              {collection.isAssigned ? (
                <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">
                  {t("collections.assignedToYou")}
                </span>
              ) : null}
              {isManager ? (
                <span className="text-slate-700">
                  {collection.audience === "teams"
                    ? t("collections.audienceTeams", { teams: collection.teamNames.join(", ") })
                    : t(`collections.audienceShort.${collection.audience}`)}
                </span>
              ) : null}
            </p>
            <ReadingProgress progress={collection.progress} />
            {collection.isFinished ? (
              <p className="font-medium text-green-800">
                <span aria-hidden="true">✓ </span>
                {t("collections.finished")}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
