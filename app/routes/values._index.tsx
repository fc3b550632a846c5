import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { Page } from "~/components/page-header";
import { Section } from "~/components/section";
import { ValueBadge } from "~/components/value-badge";
import { getOrganisation } from "~/models/organisation.server";
import { countStoriesByDimension, listValuesWithStoryCounts } from "~/models/values.server";
import { requireUser } from "~/utils/auth.server";
import { dimensions } from "~/utils/dimensions";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "values.title");

export async function loader({ request }: LoaderFunctionArgs) {
  // The organisation is asked for alongside the person, as the root loader does: one read serves both.
  const [, organisation] = await Promise.all([requireUser(request), getOrganisation()]);
  const [values, dimensionCounts] = await Promise.all([listValuesWithStoryCounts(), countStoriesByDimension()]);
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
    <Page
      spacing="loose"
      title={t("values.title")}
      lead={
        brandPromise ? (
          <>
            <span className="font-semibold">{t("home.brandPromise")}:</span> {brandPromise}
          </>
        ) : null
      }
    >
      <Section title={t("home.values")} plain>
        <ul className="grid gap-3 sm:grid-cols-2">
          {values.map((value) => (
            <li key={value.id} className="card space-y-2">
              <Link to={paths.value(value.slug)} className="inline-block rounded-full">
                <ValueBadge name={value.name} colour={value.colour} />
              </Link>
              <p className="text-sm text-ink-muted">{t(`valueKinds.${value.kind}`)}</p>
              <p>{value.explanation}</p>
              <Link to={paths.value(value.slug)} className="link">
                {t("values.storyCount", { count: value.storyCount })}
                <span className="sr-only"> · {value.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("values.dimensions")} description={t("values.dimensionsIntro")} plain>
        <ul className="grid gap-3 sm:grid-cols-2">
          {dimensionList.map((dimension) => (
            <li key={dimension.key} className="card space-y-1">
              <Link to={paths.dimension(dimension.key)} className="link font-semibold">
                {t(`dimensions.${dimension.key}.name`)}
              </Link>
              <p>{t(`dimensions.${dimension.key}.question`)}</p>
              <p className="text-sm text-ink-muted">{t("values.storyCount", { count: dimension.storyCount })}</p>
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
