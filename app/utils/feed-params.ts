// The feed's state lives in its URL, so a filtered feed can be shared and works without JavaScript.
export const feedTabs = ["best", "new", "highlights", "team"] as const;
export type FeedTab = (typeof feedTabs)[number];

/** Each facet has an include and an exclude parameter, e.g. `value=own-it&xvalue=one-team`. */
export const facets = ["value", "dim", "team"] as const;
export type Facet = (typeof facets)[number];

export type FeedParams = {
  tab: FeedTab;
  q: string;
  include: Record<Facet, string[]>;
  exclude: Record<Facet, string[]>;
  cursor: string | null;
};

const MAX_PER_FACET = 12;

export function parseFeedParams(search: URLSearchParams, defaults: { tab?: FeedTab } = {}): FeedParams {
  const tab = search.get("tab");
  const list = (name: string) =>
    [
      ...new Set(
        search
          .getAll(name)
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ].slice(0, MAX_PER_FACET);
  const include = Object.fromEntries(facets.map((facet) => [facet, list(facet)])) as Record<Facet, string[]>;
  const exclude = Object.fromEntries(
    facets.map((facet) => [facet, list(`x${facet}`).filter((item) => !include[facet].includes(item))]),
  ) as Record<Facet, string[]>;
  return {
    tab: feedTabs.includes(tab as FeedTab) ? (tab as FeedTab) : (defaults.tab ?? "best"),
    q: (search.get("q") ?? "").slice(0, 200),
    include,
    exclude,
    cursor: search.get("cursor"),
  };
}

/** The query string for these params (without the cursor unless asked), in a stable order. */
export function feedQuery(params: FeedParams, { cursor }: { cursor?: string | null } = {}) {
  const search = new URLSearchParams();
  if (params.tab !== "best") search.set("tab", params.tab);
  if (params.q) search.set("q", params.q);
  for (const facet of facets) {
    for (const item of params.include[facet]) search.append(facet, item);
    for (const item of params.exclude[facet]) search.append(`x${facet}`, item);
  }
  if (cursor) search.set("cursor", cursor);
  const query = search.toString();
  return query ? `?${query}` : "";
}

/** The same feed with one facet item switched between include, exclude and off. */
export function withFacet(
  params: FeedParams,
  facet: Facet,
  item: string,
  state: "include" | "exclude" | "off",
): FeedParams {
  const without = (items: string[]) => items.filter((other) => other !== item);
  return {
    ...params,
    cursor: null,
    include: {
      ...params.include,
      [facet]: state === "include" ? [...without(params.include[facet]), item] : without(params.include[facet]),
    },
    exclude: {
      ...params.exclude,
      [facet]: state === "exclude" ? [...without(params.exclude[facet]), item] : without(params.exclude[facet]),
    },
  };
}
