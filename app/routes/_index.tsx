import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { ButtonLink } from "~/components/button";
import { FeedView, keepFeedOnReaction } from "~/components/feed-view";
import { Page } from "~/components/page-header";
import { getFacetOptions, getFeedPage } from "~/models/feed.server";
import { getOrganisation } from "~/models/organisation.server";
import { recordFeedVisit } from "~/models/people.server";
import { requireUser } from "~/utils/auth.server";
import { parseFeedParams } from "~/utils/feed-params";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { useUser } from "~/utils/user";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "feed.title");

export async function loader({ request }: LoaderFunctionArgs) {
  // The organisation is asked for alongside the person, as the root loader does: one read serves both.
  const [user, organisation] = await Promise.all([requireUser(request), getOrganisation()]);
  const params = parseFeedParams(new URL(request.url).searchParams);
  const [page, options, since] = await Promise.all([
    getFeedPage({ viewer: user, params }),
    getFacetOptions(),
    // "Show more" pages belong to the visit that asked for the first page.
    params.cursor ? null : recordFeedVisit(user.id),
  ]);
  return { params, page, options, since, brandPromise: organisation?.brandPromise ?? "" };
}

export const shouldRevalidate = keepFeedOnReaction;

export default function FeedPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { params, page, options, since, brandPromise } = useLoaderData<typeof loader>();
  return (
    <Page
      spacing="tight"
      title={t("home.greeting", { name: user.name })}
      lead={
        brandPromise ? (
          <>
            <span className="sr-only">{t("home.brandPromise")}: </span>
            {brandPromise}
          </>
        ) : null
      }
    >
      <div className="flex flex-wrap gap-3">
        <ButtonLink to={paths.newStory()} label={t("home.share")} variant="primary" />
        <ButtonLink to={paths.values()} label={t("home.values")} />
      </div>
      <FeedView
        basePath={paths.home()}
        params={params}
        page={page}
        options={options}
        since={since ? new Date(since).toISOString() : null}
      />
    </Page>
  );
}
