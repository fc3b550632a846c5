import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReadingProgress } from "~/components/reading-progress";
import { getWelcomePage } from "~/models/onboarding.server";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { useUser } from "~/utils/user";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "welcome.title");

/** The new hire's path: for everyone signed in, filled for new hires and people with assignments. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return getWelcomePage(user);
}

export default function WelcomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const { brandPromise, isNewHire, daysLeft, collections, next } = useLoaderData<typeof loader>();
  const open = collections.filter((collection) => !collection.isFinished);
  const finished = collections.filter((collection) => collection.isFinished);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold">{t("welcome.heading", { name: user.name })}</h1>
        {isNewHire ? <p className="text-slate-700">{t("welcome.newHireIntro", { count: daysLeft ?? 0 })}</p> : null}
        {brandPromise ? (
          <figure className="card border-brand-700">
            <figcaption className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
              {t("home.brandPromise")}
            </figcaption>
            <blockquote className="mt-2 text-lg">{brandPromise}</blockquote>
          </figure>
        ) : null}
      </header>

      {next ? (
        <section aria-labelledby="next-heading" className="card space-y-2">
          <h2 id="next-heading" className="text-lg font-semibold">
            {t("welcome.nextHeading")}
          </h2>
          <p>
            <Link
              to={paths.story(next.story.id, { collection: next.collection.slug })}
              className="link text-lg"
              lang={next.story.language}
            >
              {next.story.title}
            </Link>
          </p>
          <p className="text-sm text-slate-700">{t("welcome.fromCollection", { title: next.collection.title })}</p>
        </section>
      ) : null}

      <section aria-labelledby="path-heading" className="space-y-3">
        <h2 id="path-heading" className="text-xl font-semibold">
          {t("welcome.pathHeading")}
        </h2>
        {collections.length === 0 ? (
          <p className="text-slate-700">
            {t("welcome.empty")}{" "}
            <Link to={paths.collections()} className="link">
              {t("welcome.browseCollections")}
            </Link>
          </p>
        ) : null}
        {open.length === 0 && finished.length > 0 ? (
          <p className="rounded-lg border border-green-700 bg-green-50 p-3 font-medium text-green-900">
            {t("welcome.allDone")}
          </p>
        ) : null}
        <ul className="space-y-3">
          {[...open, ...finished].map((collection) => (
            <li key={collection.slug} className="card space-y-2">
              <h3 className="text-lg font-semibold break-words">
                <Link to={paths.collection(collection.slug)} className="hover:underline focus-visible:underline">
                  {collection.title}
                </Link>
              </h3>
              {collection.isAssigned ? (
                <p className="text-sm font-semibold text-amber-900">{t("collections.assignedToYou")}</p>
              ) : null}
              <ReadingProgress progress={collection.progress} />
              {collection.isFinished ? (
                <p className="font-medium text-green-800">
                  <span aria-hidden="true">✓ </span>
                  {t("welcome.finished", { title: collection.title })}
                </p>
              ) : collection.nextStory ? (
                <Link
                  to={paths.story(collection.nextStory.id, { collection: collection.slug })}
                  className="button-secondary"
                >
                  {collection.progress.read === 0 ? t("collections.startReading") : t("collections.continueReading")}
                  <span className="sr-only">: {collection.title}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
