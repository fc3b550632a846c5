import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WeekChart } from "~/components/charts/week-chart";
import { CsvLink, HeatmapTable, TooFew } from "~/components/insights-parts";
import { SelectField } from "~/components/select-field";
import { getInsights, parseInsightsParams } from "~/models/insights.server";
import { requireUser } from "~/utils/auth.server";
import { useFormatters } from "~/utils/format";
import { insightPeriods, MIN_GROUP } from "~/utils/insights-params";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "insights.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  return getInsights(parseInsightsParams(new URL(request.url).searchParams));
}

export default function InsightsPage() {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useFormatters();
  const insights = useLoaderData<typeof loader>();
  const query = { period: insights.period, team: insights.team?.slug };
  const scope = insights.team ? insights.team.name : t("insights.allTeams");
  const tooFew = <TooFew />;
  const weeks = insights.weeks ?? [];
  const busiest = Math.max(0, ...weeks.map((week) => week.stories));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("insights.title")}</h1>
        <p className="text-slate-700">{t("insights.intro", { count: MIN_GROUP })}</p>
      </header>

      <Form method="get" className="card flex flex-wrap items-end gap-4">
        <SelectField
          label={t("insights.period")}
          name="period"
          defaultValue={insights.period}
          options={insightPeriods.map((period) => ({
            value: period,
            label: t("insights.lastDays", { count: Number(period) }),
          }))}
        />
        <SelectField
          label={t("insights.team")}
          name="team"
          defaultValue={insights.team?.slug ?? ""}
          options={[
            { value: "", label: t("insights.allTeams") },
            ...insights.teams.map((team) => ({ value: team.slug, label: team.name })),
          ]}
        />
        <button type="submit" className="button-primary">
          {t("insights.show")}
        </button>
      </Form>

      <p className="text-slate-700">
        {t("insights.scope", {
          scope,
          since: formatDate(`${insights.since}T12:00:00Z`),
          until: formatDate(`${insights.until}T12:00:00Z`),
        })}
      </p>
      {insights.isTooFew ? (
        <p className="card font-semibold" role="status">
          {t("insights.teamTooFew", { count: MIN_GROUP })}
        </p>
      ) : null}

      <section aria-labelledby="insights-weekly" className="space-y-3">
        <h2 id="insights-weekly" className="text-xl font-semibold">
          {t("insights.weekly.title")}
        </h2>
        {insights.weeks ? (
          <>
            <p>
              {t("insights.weekly.total", { count: insights.storyCount ?? 0 })} ·{" "}
              {t("insights.highlights.total", { count: insights.highlightCount ?? 0 })}
            </p>
            <WeekChart
              title={t("insights.weekly.chartTitle", { scope })}
              description={t("insights.weekly.chartDescription", {
                count: insights.storyCount ?? 0,
                weeks: weeks.length,
                busiest,
              })}
              barLabel={t("insights.weekly.stories")}
              lineLabel={t("insights.weekly.contributors")}
              points={weeks.map((week) => ({
                label: formatDate(`${week.start}T12:00:00Z`),
                bar: week.stories,
                line: week.contributors,
              }))}
            />
            <details>
              <summary className="cursor-pointer">{t("insights.weekly.tableSummary")}</summary>
              <table className="mt-2 w-full max-w-2xl text-left">
                <caption className="sr-only">{t("insights.weekly.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("insights.weekly.week")}</th>
                    <th scope="col">{t("insights.weekly.stories")}</th>
                    <th scope="col">{t("insights.weekly.contributors")}</th>
                    <th scope="col">{t("insights.weekly.highlights")}</th>
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((week) => (
                    <tr key={week.start} className="border-t border-slate-200">
                      <th scope="row" className="font-normal">
                        {formatDate(`${week.start}T12:00:00Z`)}
                      </th>
                      <td>{formatNumber(week.stories)}</td>
                      <td>{week.contributors === null ? tooFew : formatNumber(week.contributors)}</td>
                      <td>{formatNumber(week.highlights)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        ) : (
          <p>{tooFew}</p>
        )}
        <CsvLink chart="weekly" query={query} />
      </section>

      <section aria-labelledby="insights-participation" className="space-y-3">
        <h2 id="insights-participation" className="text-xl font-semibold">
          {t("insights.participation.title")}
        </h2>
        <p className="text-slate-700">{t("insights.participation.intro")}</p>
        {insights.participation ? (
          insights.participation.length === 0 ? (
            <p>{t("insights.participation.noTeams")}</p>
          ) : (
            <table className="w-full max-w-2xl text-left">
              <caption className="sr-only">{t("insights.participation.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("insights.participation.team")}</th>
                  <th scope="col">{t("insights.participation.members")}</th>
                  <th scope="col">{t("insights.participation.participants")}</th>
                  <th scope="col">{t("insights.participation.share")}</th>
                </tr>
              </thead>
              <tbody>
                {insights.participation.map((row) => (
                  <tr key={row.slug} className="border-t border-slate-200">
                    <th scope="row" className="font-normal">
                      {row.name}
                    </th>
                    <td>{row.members === null ? tooFew : formatNumber(row.members)}</td>
                    <td>{row.participants === null ? tooFew : formatNumber(row.participants)}</td>
                    <td>
                      {row.share === null ? (
                        tooFew
                      ) : (
                        <span className="flex items-center gap-2">
                          <span className="inline-block h-2 w-24 rounded bg-slate-200" aria-hidden="true">
                            <span className="block h-2 rounded bg-blue-700" style={{ width: `${row.share}%` }} />
                          </span>
                          {t("insights.participation.percent", { share: row.share })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        ) : (
          <p>{tooFew}</p>
        )}
        <CsvLink chart="participation" query={query} />
      </section>

      <section aria-labelledby="insights-heatmap" className="space-y-3">
        <h2 id="insights-heatmap" className="text-xl font-semibold">
          {t("insights.heatmap.title")}
        </h2>
        <p className="text-slate-700">{t("insights.heatmap.intro", { count: MIN_GROUP })}</p>
        {insights.heatmap ? <HeatmapTable heatmap={insights.heatmap} /> : <p>{tooFew}</p>}
        <CsvLink chart="heatmap" query={query} />
      </section>

      <section aria-labelledby="insights-barriers" className="space-y-3">
        <h2 id="insights-barriers" className="text-xl font-semibold">
          {t("insights.barriers.title")}
        </h2>
        <p className="text-slate-700">{t("insights.barriers.intro")}</p>
        {insights.barriers ? (
          insights.barriers.length === 0 ? (
            <p>{t("insights.barriers.none")}</p>
          ) : (
            insights.barriers.map((group) => (
              <div key={group.dimension ?? "none"} className="space-y-2">
                <h3 className="font-semibold">
                  {group.dimension ? t(`dimensions.${group.dimension}.name`) : t("insights.barriers.noDimension")}
                </h3>
                <ul className="space-y-2">
                  {group.barriers.map((barrier, index) => (
                    <li key={index} className="card">
                      <p className="whitespace-pre-line">{barrier.text}</p>
                      <p className="text-sm text-slate-700">
                        <time dateTime={barrier.publishedAt}>{formatDate(barrier.publishedAt)}</time>
                      </p>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )
        ) : (
          <p>{tooFew}</p>
        )}
        <CsvLink chart="barriers" query={query} />
      </section>

      <section aria-labelledby="insights-onboarding" className="space-y-3">
        <h2 id="insights-onboarding" className="text-xl font-semibold">
          {t("insights.onboarding.title")}
        </h2>
        {!insights.onboarding || insights.onboarding.newHires === null ? (
          <p>{tooFew}</p>
        ) : insights.onboarding.newHires === 0 ? (
          <p>{t("insights.onboarding.noNewHires")}</p>
        ) : insights.onboarding.collections.length === 0 ? (
          <p>
            {t("insights.onboarding.noCollections")}{" "}
            <Link to={paths.newCollection()} className="link">
              {t("insights.onboarding.create")}
            </Link>
          </p>
        ) : (
          <table className="w-full max-w-2xl text-left">
            <caption className="sr-only">{t("insights.onboarding.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("insights.onboarding.collection")}</th>
                <th scope="col">{t("insights.onboarding.finished")}</th>
              </tr>
            </thead>
            <tbody>
              {insights.onboarding.collections.map((row) => (
                <tr key={row.slug} className="border-t border-slate-200">
                  <th scope="row" className="font-normal">
                    {row.title}
                  </th>
                  <td>
                    {t("insights.onboarding.finishedOf", { finished: formatNumber(row.finished), count: row.newHires })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <CsvLink chart="onboarding" query={query} />
      </section>
    </div>
  );
}
