import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Form, Link, useFetcher } from "@remix-run/react";
import { isAfter } from "date-fns";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Facet, FeedParams, FeedTab } from "~/utils/feed-params";
import { facets, feedQuery, feedTabs, withFacet } from "~/utils/feed-params";
import { paths } from "~/utils/paths";
import type { StoryCardData } from "./story-card";
import { StoryCard } from "./story-card";
import { TextField } from "./text-field";

/**
 * For the routes that show the feed: a reaction given on a card does not reload the list, which
 * could reorder it under the person's finger; the card shows the change itself.
 */
export const keepFeedOnReaction: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === "react" ? false : defaultShouldRevalidate;

export type FeedPageData = {
  cards: StoryCardData[];
  nextCursor: string | null;
  terms: string[];
  isSearchTooShort: boolean;
};
export type FacetOptions = {
  values: { slug: string; name: string }[];
  teams: { slug: string; name: string }[];
  dimensions: string[];
};

type Props = {
  basePath: string;
  params: FeedParams;
  page: FeedPageData;
  options: FacetOptions;
  /** Stories published after this are new since the person's last visit. */
  since: string | null;
  /** A value or dimension page is already narrowed to it: that facet is not offered again. */
  fixedFacet?: Facet;
};

/** Tabs, search, filters and the list with "Show more": the feed, and the value and dimension pages. */
export function FeedView({ basePath, params, page, options, since, fixedFacet }: Props) {
  const { t } = useTranslation();
  const facetLabel = (facet: Facet, item: string) =>
    facet === "dim"
      ? t(`dimensions.${item}.name`)
      : ((facet === "value" ? options.values : options.teams).find((option) => option.slug === item)?.name ?? item);
  const shownFacets = facets.filter((facet) => facet !== fixedFacet);
  const active = shownFacets.flatMap((facet) => [
    ...params.include[facet].map((item) => ({ facet, item, excluded: false })),
    ...params.exclude[facet].map((item) => ({ facet, item, excluded: true })),
  ]);
  const href = (next: FeedParams) => `${basePath}${feedQuery(next)}`;

  return (
    // One column as wide as a photo reads well; the cards keep it at every screen size.
    <div className="max-w-2xl space-y-4">
      <SearchBox basePath={basePath} params={params} />
      <nav aria-label={t("feed.tabsLabel")}>
        <ul className="flex gap-1 overflow-x-auto border-b border-line">
          {feedTabs.map((tab) => (
            <li key={tab}>
              <Link
                to={href({ ...params, tab, cursor: null })}
                aria-current={params.tab === tab ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-3 font-medium whitespace-nowrap ${
                  params.tab === tab
                    ? "border-accent text-accent-strong"
                    : "border-transparent text-ink-muted hover:text-ink"
                }`}
              >
                {t(`feed.tabs.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <FilterPanel basePath={basePath} params={params} options={options} facets={shownFacets} />
      {active.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("feed.activeFilters")}>
          {active.map(({ facet, item, excluded }) => (
            <li key={`${facet}-${item}`}>
              <Link
                to={href(withFacet(params, facet, item, "off"))}
                className="inline-flex min-h-11 items-center gap-1 rounded-full border border-line-strong bg-surface px-3 text-sm"
              >
                {excluded ? t("feed.without", { name: facetLabel(facet, item) }) : facetLabel(facet, item)}
                <span aria-hidden="true">×</span>
                <span className="sr-only">{t("feed.removeFilter")}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}

      <StoryList
        key={`${basePath}${feedQuery(params, { cursor: params.cursor })}`}
        basePath={basePath}
        params={params}
        page={page}
        since={since}
      />
    </div>
  );
}

function SearchBox({ basePath, params }: { basePath: string; params: FeedParams }) {
  const { t } = useTranslation();
  return (
    <Form method="get" action={basePath} role="search" className="flex gap-2">
      <div className="min-w-0 flex-1">
        <TextField
          label={t("feed.search")}
          isLabelHidden
          type="search"
          name="q"
          defaultValue={params.q}
          placeholder={t("feed.searchPlaceholder")}
          maxLength={200}
        />
      </div>
      {params.tab !== "best" ? <input type="hidden" name="tab" value={params.tab} /> : null}
      {facets.flatMap((facet) => [
        ...params.include[facet].map((item) => (
          <input key={`${facet}-${item}`} type="hidden" name={facet} value={item} />
        )),
        ...params.exclude[facet].map((item) => (
          <input key={`x${facet}-${item}`} type="hidden" name={`x${facet}`} value={item} />
        )),
      ])}
      <button type="submit" className="button-primary">
        {t("feed.searchButton")}
      </button>
    </Form>
  );
}

/** Each item can be required ("only") or left out ("hide"); a plain GET form, so the URL holds it all. */
function FilterPanel({
  basePath,
  params,
  options,
  facets: shown,
}: {
  basePath: string;
  params: FeedParams;
  options: FacetOptions;
  facets: Facet[];
}) {
  const { t } = useTranslation();
  const items = (facet: Facet) =>
    facet === "value"
      ? options.values.map((value) => ({ key: value.slug, label: value.name }))
      : facet === "team"
        ? options.teams.map((team) => ({ key: team.slug, label: team.name }))
        : options.dimensions.map((dimension) => ({ key: dimension, label: t(`dimensions.${dimension}.name`) }));
  return (
    <details className="card">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("feed.filters")}</summary>
      <Form method="get" action={basePath} className="mt-3 space-y-4">
        {params.tab !== "best" ? <input type="hidden" name="tab" value={params.tab} /> : null}
        {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
        {shown.map((facet) => (
          <fieldset key={facet} className="space-y-2">
            <legend className="font-medium">{t(`feed.facets.${facet}`)}</legend>
            <ul className="space-y-1">
              {items(facet).map((item) => (
                <li
                  key={item.key}
                  className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-1"
                >
                  <span>{item.label}</span>
                  <span className="flex gap-3">
                    {(["include", "exclude"] as const).map((mode) => (
                      <label key={mode} className="inline-flex min-h-11 items-center gap-1 text-sm">
                        <input
                          type="checkbox"
                          name={mode === "include" ? facet : `x${facet}`}
                          value={item.key}
                          defaultChecked={params[mode][facet].includes(item.key)}
                          className="h-5 w-5 accent-accent"
                        />
                        {mode === "include" ? t("feed.only") : t("feed.hide")}
                        <span className="sr-only">{item.label}</span>
                      </label>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="button-primary">
            {t("feed.applyFilters")}
          </button>
          <Link
            to={`${basePath}${feedQuery({ ...params, include: { value: [], dim: [], team: [] }, exclude: { value: [], dim: [], team: [] }, cursor: null })}`}
            className="button-secondary"
          >
            {t("feed.clearFilters")}
          </Link>
        </div>
      </Form>
    </details>
  );
}

/**
 * The cards, a divider where the stories from before the last visit start, and "Show more":
 * a link to the next page without JavaScript; with it, the next page is appended in place.
 */
function StoryList({
  basePath,
  params,
  page,
  since,
}: {
  basePath: string;
  params: FeedParams;
  page: FeedPageData;
  since: string | null;
}) {
  const { t } = useTranslation();
  const fetcher = useFetcher<{ page: FeedPageData }>();
  const [more, setMore] = useState<{ cards: StoryCardData[]; nextCursor: string | null }>({
    cards: [],
    nextCursor: page.nextCursor,
  });
  useEffect(() => {
    const next = fetcher.data?.page;
    if (fetcher.state === "idle" && next)
      setMore((current) => ({
        cards: [...current.cards, ...next.cards.filter((card) => !current.cards.some((other) => other.id === card.id))],
        nextCursor: next.nextCursor,
      }));
  }, [fetcher.state, fetcher.data]);

  const cards = [...page.cards, ...more.cards];
  const isNew = (card: StoryCardData) => since !== null && isAfter(card.publishedAt, since);
  // Lists in date order get a divider where last visit's stories start; ranked lists mark new cards.
  const isByDate = !params.q && (params.tab === "new" || params.tab === "team");
  const dividerAt = isByDate && since !== null ? cards.findIndex((card) => !isNew(card)) : -1;
  const nextHref = more.nextCursor ? `${basePath}${feedQuery(params, { cursor: more.nextCursor })}` : null;

  if (page.isSearchTooShort) return <p className="card text-ink-muted">{t("feed.searchTooShort")}</p>;
  if (cards.length === 0) {
    return (
      <p className="card text-ink-muted">
        {params.q ? t("feed.noMatches", { query: params.q }) : t(`feed.empty.${params.tab as FeedTab}`)}
      </p>
    );
  }
  return (
    <>
      <ol className="space-y-3" aria-label={t("feed.stories")}>
        {cards.map((card, index) => (
          <li key={card.id}>
            {index === dividerAt && index > 0 ? (
              <p
                role="separator"
                aria-label={t("feed.sinceLastVisit")}
                className="my-2 flex items-center gap-3 text-sm font-semibold text-accent-strong"
              >
                <span className="h-px flex-1 bg-accent" />
                {t("feed.sinceLastVisit")}
                <span className="h-px flex-1 bg-accent" />
              </p>
            ) : null}
            <StoryCard story={card} terms={page.terms} isNew={!isByDate && isNew(card)} isFirst={index === 0} />
          </li>
        ))}
      </ol>
      {nextHref ? (
        <Link
          to={nextHref}
          className="button-secondary w-full"
          onClick={(event) => {
            event.preventDefault();
            // "?index" makes Remix ask the index route, not the root, for "/".
            fetcher.load(`${nextHref}${basePath === paths.home() ? "&index" : ""}`);
          }}
        >
          {fetcher.state === "loading" ? t("feed.loading") : t("feed.showMore")}
        </Link>
      ) : null}
    </>
  );
}
