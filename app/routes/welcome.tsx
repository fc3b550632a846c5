import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { ButtonLink } from "~/components/button";
import { CollectionCard } from "~/components/collection-card";
import { EmptyState } from "~/components/empty-state";
import { Page } from "~/components/page-header";
import { ContinueReadingLink, DoneBanner, StoryInCollectionLink } from "~/components/reading-progress";
import { Section } from "~/components/section";
import { getWelcomePage } from "~/models/onboarding.server";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { useUser } from "~/utils/user";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "welcome.title");

/** The new hire's path: for everyone signed in, filled for new hires and people with assignments. */
export async function loader({ request }: LoaderFunctionArgs) {
  return getWelcomePage(await requireUser(request));
}

export default function WelcomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const { brandPromise, isNewHire, daysLeft, collections, next } = useLoaderData<typeof loader>();
  const open = collections.filter((collection) => !collection.isFinished);
  const finished = collections.filter((collection) => collection.isFinished);
  return (
    <Page
      title={t("welcome.heading", { name: user.name })}
      lead={isNewHire ? t("welcome.newHireIntro", { count: daysLeft ?? 0 }) : null}
    >
      {brandPromise ? (
        <figure className="card border-accent">
          <figcaption className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
            {t("home.brandPromise")}
          </figcaption>
          <blockquote className="mt-2 text-lg">{brandPromise}</blockquote>
        </figure>
      ) : null}

      {next ? (
        <Section title={t("welcome.nextHeading")}>
          <p>
            <StoryInCollectionLink story={next.story} slug={next.collection.slug} className="link text-lg" />
          </p>
          <p className="text-sm text-ink-muted">{t("welcome.fromCollection", { title: next.collection.title })}</p>
        </Section>
      ) : null}

      <Section title={t("welcome.pathHeading")} plain>
        {collections.length === 0 ? (
          <EmptyState
            illustration="collection"
            message={t("welcome.empty")}
            action={<ButtonLink to={paths.collections()} label={t("welcome.browseCollections")} />}
          />
        ) : null}
        {open.length === 0 && finished.length > 0 ? <DoneBanner>{t("welcome.allDone")}</DoneBanner> : null}
        <ul className="space-y-3">
          {[...open, ...finished].map((collection) => (
            <CollectionCard
              key={collection.slug}
              collection={collection}
              level={3}
              finished={t("welcome.finished", { title: collection.title })}
            >
              {collection.nextStory ? (
                <>
                  <p className="text-sm">
                    <span className="text-ink-muted">{t("welcome.nextInCollection")} </span>
                    <StoryInCollectionLink story={collection.nextStory} slug={collection.slug} />
                  </p>
                  <ContinueReadingLink
                    to={paths.story(collection.nextStory.id, { collection: collection.slug })}
                    progress={collection.progress}
                    about={collection.title}
                  />
                </>
              ) : null}
            </CollectionCard>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
