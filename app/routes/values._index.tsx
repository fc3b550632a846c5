import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ValueBadge } from "~/components/value-badge";
import { getOrganisation } from "~/models/organisation.server";
import { countStoriesByDimension, listValuesWithStoryCounts } from "~/models/values.server";
import { requireUser } from "~/utils/auth.server";
import { dimensions } from "~/utils/dimensions";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "values.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const [values, dimensionCounts, organisation] = await Promise.all([
    listValuesWithStoryCounts(),
    countStoriesByDimension(),
    getOrganisation(),
  ]);
  return {
    values,
    dimensions: dimensions.map((key) => ({ key, storyCount: dimensionCounts.get(key) ?? 0 })),
    brandPromise: organisation?.brandPromise ?? "",
  };
}

export default function ValuesPage() {
  const { t } = useTranslation();
  const { values, dimensions: dimensionList, brandPromise } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("values.title")}</h1>
        {brandPromise ? (
          <p className="text-lg text-slate-700">
            <span className="font-semibold">{t("home.brandPromise")}:</span> {brandPromise}
          </p>
        ) : null}
      </header>
      <section aria-labelledby="values-list" className="space-y-3">
        <h2 id="values-list" className="text-xl font-semibold">
          {t("home.values")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {values.map((value) => (
            <li key={value.id} className="card space-y-2">
              <Link to={paths.value(value.slug)} className="inline-block rounded-full">
                <ValueBadge name={value.name} colour={value.colour} />
              </Link>
              <p className="text-sm text-slate-700">{t(`valueKinds.${value.kind}`)}</p>
              <p>{value.explanation}</p>
              <Link to={paths.value(value.slug)} className="link">
                {t("values.storyCount", { count: value.storyCount })}
                <span className="sr-only"> · {value.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="dimensions-list" className="space-y-3">
        <h2 id="dimensions-list" className="text-xl font-semibold">
          {t("values.dimensions")}
        </h2>
        <p className="text-slate-700">{t("values.dimensionsIntro")}</p>
        <ul className="grid gap-3 sm:grid-cols-2">
          {dimensionList.map((dimension) => (
            <li key={dimension.key} className="card space-y-1">
              <Link to={paths.dimension(dimension.key)} className="link font-semibold">
                {t(`dimensions.${dimension.key}.name`)}
              </Link>
              <p>{t(`dimensions.${dimension.key}.question`)}</p>
              <p className="text-sm text-slate-700">{t("values.storyCount", { count: dimension.storyCount })}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
