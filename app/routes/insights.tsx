import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { SubmitButton } from "~/components/button";
import { WeekChart } from "~/components/charts/week-chart";
import { Heatmap, InsightsSection, InsightsTable, ShareBar, TooFew } from "~/components/insights-parts";
import { Page } from "~/components/page-header";
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
  // A figure about fewer people than the threshold is never shown, not even as a number.
  const figure = (value: number | null) => (value === null ? tooFew : formatNumber(value));
  const weeks = insights.weeks ?? [];
  const busiest = Math.max(0, ...weeks.map((week) => week.stories));
  return (
    <Page spacing="loose" title={t("insights.title")} lead={t("insights.intro", { count: MIN_GROUP })}>
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
        <SubmitButton label={t("insights.show")} />
      </Form>

      <p className="text-ink-muted">
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

      <InsightsSection chart="weekly" query={query}>
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
              <div className="mt-2">
                <InsightsTable
                  chart="weekly"
                  columns={["week", "stories", "contributors", "highlights"]}
                  rows={weeks.map((week) => ({
                    key: week.start,
                    header: formatDate(`${week.start}T12:00:00Z`),
                    cells: [week.stories, week.contributors, week.highlights].map(figure),
                  }))}
                />
              </div>
            </details>
          </>
        ) : (
          <p>{tooFew}</p>
        )}
      </InsightsSection>

      <InsightsSection chart="participation" query={query} intro={t("insights.participation.intro")}>
        {insights.participation ? (
          insights.participation.length === 0 ? (
            <p>{t("insights.participation.noTeams")}</p>
          ) : (
            <InsightsTable
              chart="participation"
              columns={["team", "members", "participants", "share"]}
              rows={insights.participation.map((row) => ({
                key: row.slug,
                header: row.name,
                cells: [
                  figure(row.members),
                  figure(row.participants),
                  row.share === null ? tooFew : <ShareBar share={row.share} />,
                ],
              }))}
            />
          )
        ) : (
          <p>{tooFew}</p>
        )}
      </InsightsSection>

      <InsightsSection chart="heatmap" query={query} intro={t("insights.heatmap.intro", { count: MIN_GROUP })}>
        {insights.heatmap ? <Heatmap heatmap={insights.heatmap} /> : <p>{tooFew}</p>}
      </InsightsSection>

      <InsightsSection chart="barriers" query={query} intro={t("insights.barriers.intro")}>
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
                      <p className="text-sm text-ink-muted">
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
      </InsightsSection>

      <InsightsSection chart="onboarding" query={query}>
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
          <InsightsTable
            chart="onboarding"
            columns={["collection", "finished"]}
            rows={insights.onboarding.collections.map((row) => ({
              key: row.slug,
              header: row.title,
              cells: [
                t("insights.onboarding.finishedOf", { finished: formatNumber(row.finished), count: row.newHires }),
              ],
            }))}
          />
        )}
      </InsightsSection>
    </Page>
  );
}

await loadTranslationArea("manage");
