import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { keepFeedOnReaction } from "~/components/feed-view";
import { NarrowedFeedPage } from "~/components/narrowed-feed-page";
import { getNarrowedFeed } from "~/models/values.server";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/domain-error.server";
import type { DimensionKey } from "~/utils/dimensions";
import { dimensions } from "~/utils/dimensions";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? pageTitle(matches, `dimensions.${data.dimension}.name`) : [{ title: "Brandworthy" }];

export async function loader({ request, params: { key } }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!dimensions.includes(key as DimensionKey)) throw notFound();
  const dimension = key as DimensionKey;
  return { dimension, ...(await getNarrowedFeed(user, new URL(request.url).searchParams, "dim", dimension)) };
}

export const shouldRevalidate = keepFeedOnReaction;

export default function DimensionPage() {
  const { t } = useTranslation();
  const { dimension, ...feed } = useLoaderData<typeof loader>();
  return (
    <NarrowedFeedPage
      eyebrow={<p className="text-sm font-semibold tracking-wide text-ink-muted uppercase">{t("values.dimension")}</p>}
      title={t(`dimensions.${dimension}.name`)}
      feed={feed}
      basePath={paths.dimension(dimension)}
      facet="dim"
    >
      <p className="text-lg">{t(`dimensions.${dimension}.question`)}</p>
      <p className="text-ink-muted">{t(`dimensions.${dimension}.sides`)}</p>
    </NarrowedFeedPage>
  );
}
