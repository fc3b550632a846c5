import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { ButtonLink } from "~/components/button";
import { CollectionAudienceSummary } from "~/components/collection-audience-summary";
import { CollectionCard } from "~/components/collection-card";
import { EmptyState } from "~/components/empty-state";
import { Page } from "~/components/page-header";
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
    <Page
      title={t("collections.title")}
      lead={t("collections.intro")}
      actions={
        isManager ? (
          <div className="flex flex-wrap gap-3">
            <ButtonLink to={paths.newCollection()} label={t("collections.new")} variant="primary" />
            <ButtonLink to={paths.collectionReview()} label={t("collections.reviewLink", { count: dueForReview })} />
            <ButtonLink to={paths.newHireProgress()} label={t("progress.title")} />
          </div>
        ) : null
      }
    >
      {hasWelcomePage ? (
        <p className="card">
          <Link to={paths.welcome()} className="link font-semibold">
            {t("welcome.linkFromCollections")}
          </Link>
        </p>
      ) : null}

      {collections.length === 0 ? (
        <EmptyState
          illustration="collection"
          message={isManager ? t("collections.noneManager") : t("collections.none")}
          action={isManager ? null : <ButtonLink to={paths.home()} label={t("collections.noneNext")} />}
        />
      ) : null}
      <ul className="grid gap-3 sm:grid-cols-2">
        {collections.map((collection) => (
          <CollectionCard
            key={collection.slug}
            collection={collection}
            level={2}
            audience={isManager ? <CollectionAudienceSummary collection={collection} /> : null}
            finished={t("collections.finished")}
          />
        ))}
      </ul>
    </Page>
  );
}

await loadTranslationArea("manage");
