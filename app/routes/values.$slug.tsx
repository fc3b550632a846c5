import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FeedView } from "~/components/feed-view";
import { getFacetOptions, getFeedPage } from "~/models/feed.server";
import { getValueBySlug } from "~/models/values.server";
import { requireUser } from "~/utils/auth.server";
import { parseFeedParams } from "~/utils/feed-params";
import { paths } from "~/utils/paths";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.value.name} · Brandworthy` : "Brandworthy" },
];

export async function loader({ request, params: { slug } }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const value = await getValueBySlug(slug!);
  const params = parseFeedParams(new URL(request.url).searchParams);
  // The page is the feed narrowed to this value, whatever else the URL asks for.
  const narrowed = {
    ...params,
    include: { ...params.include, value: [value.slug] },
    exclude: { ...params.exclude, value: [] },
  };
  const [page, options] = await Promise.all([getFeedPage({ viewer: user, params: narrowed }), getFacetOptions()]);
  return { value, params, page, options };
}

export default function ValuePage() {
  const { t } = useTranslation();
  const { value, params, page, options } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{value.name}</h1>
        <p className="flex items-center gap-2 text-sm text-slate-700">
          <span aria-hidden="true" className="h-3 w-3 rounded-full" style={{ backgroundColor: value.colour }} />
          {t(`valueKinds.${value.kind}`)}
        </p>
        <p className="text-lg">{value.explanation}</p>
        {value.archivedAt ? <p className="text-slate-700">{t("values.archived")}</p> : null}
        <h2 className="pt-2 text-xl font-semibold">{t("values.bestExamples")}</h2>
      </header>
      <FeedView
        basePath={paths.value(value.slug)}
        params={params}
        page={page}
        options={options}
        since={null}
        fixedFacet="value"
      />
    </div>
  );
}
