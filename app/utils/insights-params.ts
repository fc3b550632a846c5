// What the insights page and its links share with the browser; the figures stay on the server.

/** A group built from fewer people than this is never broken out ("too few to show"). */
export const MIN_GROUP = 5;

export const insightPeriods = ["30", "90", "365"] as const;
export type InsightPeriod = (typeof insightPeriods)[number];
