import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FeedView } from "~/components/feed-view";
import { getFacetOptions, getFeedPage } from "~/models/feed.server";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/domain-error.server";
import type { DimensionKey } from "~/utils/dimensions";
import { dimensions } from "~/utils/dimensions";
import { parseFeedParams } from "~/utils/feed-params";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? pageTitle(matches, `dimensions.${data.dimension}.name`) : [{ title: "Brandworthy" }];

export async function loader({ request, params: { key } }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!dimensions.includes(key as DimensionKey)) throw notFound();
  const dimension = key as DimensionKey;
  const params = parseFeedParams(new URL(request.url).searchParams);
  const narrowed = {
    ...params,
    include: { ...params.include, dim: [dimension] },
    exclude: { ...params.exclude, dim: [] },
  };
  const [page, options] = await Promise.all([getFeedPage({ viewer: user, params: narrowed }), getFacetOptions()]);
  return { dimension, params, page, options };
}

export default function DimensionPage() {
  const { t } = useTranslation();
  const { dimension, params, page, options } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{t("values.dimension")}</p>
        <h1 className="text-2xl font-bold">{t(`dimensions.${dimension}.name`)}</h1>
        <p className="text-lg">{t(`dimensions.${dimension}.question`)}</p>
        <p className="text-slate-700">{t(`dimensions.${dimension}.sides`)}</p>
        <h2 className="pt-2 text-xl font-semibold">{t("values.bestExamples")}</h2>
      </header>
      <FeedView
        basePath={paths.dimension(dimension)}
        params={params}
        page={page}
        options={options}
        since={null}
        fixedFacet="dim"
      />
    </div>
  );
}
