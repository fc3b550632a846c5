// What the insights page and its links share with the browser; the figures stay on the server.

/** A group built from fewer people than this is never broken out ("too few to show"). */
export const MIN_GROUP = 5;

export const insightPeriods = ["30", "90", "365"] as const;
export type InsightPeriod = (typeof insightPeriods)[number];

/** The query string for a period and team, e.g. `?period=90&team=shop-floor`. */
export function insightsQuery(params: { period: InsightPeriod; team: string | null }) {
  const search = new URLSearchParams({ period: params.period });
  if (params.team) search.set("team", params.team);
  return `?${search}`;
}
