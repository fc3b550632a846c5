import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Form, Link, useFetcher } from "@remix-run/react";
import { isAfter } from "date-fns";
import { Check, ChevronDown, LoaderCircle, PenLine, SlidersHorizontal, X } from "lucide-react";
import type { ChangeEvent } from "react";
import { useEffect, useState } from "react";
import { useTranslation } from "~/utils/i18n";
import type { Facet, FeedParams, FeedTab } from "~/utils/feed-params";
import { facets, feedQuery, feedTabs, withFacet } from "~/utils/feed-params";
import { useIsHydrated } from "~/utils/hydrated";
import { paths } from "~/utils/paths";
import type { StoryCardData } from "./story-card";
import { ButtonLink, buttonClassName, SubmitButton } from "./button";
import { ToggleChip, ToggleChipGroup } from "./chip";
import { EmptyState } from "./empty-state";
import { Sheet } from "./sheet";
import { StoryCard } from "./story-card";
import { Tabs } from "./tabs";
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
      <div className="flex flex-wrap items-start justify-between gap-2 has-[details[open]]:flex-col has-[details[open]]:items-stretch">
        <Tabs
          label={t("feed.tabsLabel")}
          current={params.tab}
          tabs={feedTabs.map((tab) => ({
            key: tab,
            label: t(`feed.tabs.${tab}`),
            to: href({ ...params, tab, cursor: null }),
          }))}
        />
        <FilterPanel
          basePath={basePath}
          params={params}
          options={options}
          facets={shownFacets}
          activeCount={active.length}
        />
      </div>
      {active.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("feed.activeFilters")}>
          {active.map(({ facet, item, excluded }) => (
            <li key={`${facet}-${item}`}>
              <Link
                to={href(withFacet(params, facet, item, "off"))}
                className="inline-flex min-h-10 items-center gap-1.5 rounded-chip bg-accent-soft py-1 pr-2 pl-3 text-sm font-semibold text-accent-soft-ink ring-1 ring-accent/20 ring-inset hover:bg-accent-soft/70"
              >
                {excluded ? t("feed.without", { name: facetLabel(facet, item) }) : facetLabel(facet, item)}
                <X aria-hidden="true" className="h-4 w-4" />
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
        clearHref={params.q || active.length ? href(withoutSearchOrFilters(params)) : null}
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
      <SubmitButton label={t("feed.searchButton")} />
    </Form>
  );
}

const noFacets = () => ({ value: [], dim: [], team: [] });

/** The same tab with nothing searched for and nothing filtered: the empty result's way back. */
function withoutSearchOrFilters(params: FeedParams): FeedParams {
  return { ...params, q: "", include: noFacets(), exclude: noFacets(), cursor: null };
}

/** Closes the sheet around a control (with JavaScript), so the new results are what is seen. */
function closeSheet(element: HTMLElement) {
  element.closest("dialog")?.close();
}

/**
 * Each item can be required ("only") or left out ("hide"), as chips in a sheet; a plain GET
 * form, so the URL holds it all and it works without JavaScript.
 */
function FilterPanel({
  basePath,
  params,
  options,
  facets: shown,
  activeCount,
}: {
  basePath: string;
  params: FeedParams;
  options: FacetOptions;
  facets: Facet[];
  activeCount: number;
}) {
  const { t } = useTranslation();
  const items = (facet: Facet) =>
    facet === "value"
      ? options.values.map((value) => ({ key: value.slug, label: value.name }))
      : facet === "team"
        ? options.teams.map((team) => ({ key: team.slug, label: team.name }))
        : options.dimensions.map((dimension) => ({ key: dimension, label: t(`dimensions.${dimension}.name`) }));
  return (
    <Sheet
      title={t("feed.filters")}
      label={t("feed.filtersButton", { count: activeCount })}
      icon={SlidersHorizontal}
      variant={activeCount ? "primary" : "secondary"}
    >
      <Form method="get" action={basePath} className="space-y-5" onSubmit={(event) => closeSheet(event.currentTarget)}>
        {params.tab !== "best" ? <input type="hidden" name="tab" value={params.tab} /> : null}
        {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
        {shown.map((facet) => (
          <fieldset
            key={facet}
            className="space-y-3 border-t border-line pt-3 first-of-type:border-t-0 first-of-type:pt-0"
          >
            <legend className="float-left mb-1 w-full font-semibold">{t(`feed.facets.${facet}`)}</legend>
            <FacetChoices facet={facet} items={items(facet)} params={params} />
          </fieldset>
        ))}
        <div className="flex flex-wrap gap-3">
          <SubmitButton label={t("feed.applyFilters")} icon={Check} />
          <Link
            to={`${basePath}${feedQuery({ ...params, include: noFacets(), exclude: noFacets(), cursor: null })}`}
            className={buttonClassName({ variant: "quiet" })}
            onClick={(event) => closeSheet(event.currentTarget)}
          >
            {t("feed.clearFilters")}
          </Link>
        </div>
      </Form>
    </Sheet>
  );
}

// A list this long (a chain's stores, say) gets a search box above its chips.
const LONG_LIST = 10;

/**
 * One facet's chips, to require ("only") or leave out ("hide"). A long list can be narrowed by
 * typing, with JavaScript: the chips that do not match are hidden, not removed, so what was
 * ticked is still sent; a ticked chip always stays in view.
 */
function FacetChoices({
  facet,
  items,
  params,
}: {
  facet: Facet;
  items: { key: string; label: string }[];
  params: FeedParams;
}) {
  const { t, i18n } = useTranslation();
  const isHydrated = useIsHydrated();
  const [needle, setNeedle] = useState("");
  // What is ticked now, applied or not: a search never hides a chip someone just ticked.
  const [ticked, setTicked] = useState(
    () =>
      new Set((["include", "exclude"] as const).flatMap((mode) => params[mode][facet].map((key) => `${mode}:${key}`))),
  );
  const wanted = needle.trim().toLocaleLowerCase(i18n.language);
  const isShown = (item: { label: string }) => !wanted || item.label.toLocaleLowerCase(i18n.language).includes(wanted);
  const onTick = (event: ChangeEvent<HTMLDivElement>) => {
    const input = event.target as unknown as HTMLInputElement;
    if (input.type !== "checkbox") return;
    const key = `${input.name === facet ? "include" : "exclude"}:${input.value}`;
    setTicked((current) => {
      const next = new Set(current);
      if (input.checked) next.add(key);
      else next.delete(key);
      return next;
    });
  };
  return (
    <div className="contents" onChange={onTick}>
      {isHydrated && items.length > LONG_LIST ? (
        <TextField
          label={t("feed.findIn", { list: t(`feed.facets.${facet}`) })}
          name={`find-${facet}`}
          // Owned by no form: it only narrows the chips and is never part of the filter's URL.
          form="none"
          type="search"
          value={needle}
          onChange={(event) => setNeedle(event.currentTarget.value)}
        />
      ) : null}
      {(["include", "exclude"] as const).map((mode) => (
        <ToggleChipGroup key={mode} legend={mode === "include" ? t("feed.only") : t("feed.hide")}>
          {items.map((item) => (
            <span key={item.key} className={isShown(item) || ticked.has(`${mode}:${item.key}`) ? "contents" : "hidden"}>
              <ToggleChip
                name={mode === "include" ? facet : `x${facet}`}
                value={item.key}
                defaultChecked={params[mode][facet].includes(item.key)}
                // Read out as "Only Own it" / "Hide Team North": the chip alone would not say which.
                label={
                  <>
                    <span className="sr-only">{mode === "include" ? t("feed.only") : t("feed.hide")} </span>
                    {item.label}
                  </>
                }
              />
            </span>
          ))}
        </ToggleChipGroup>
      ))}
    </div>
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
  clearHref,
}: {
  basePath: string;
  params: FeedParams;
  page: FeedPageData;
  since: string | null;
  /** Where the search and filters are undone, when there are any. */
  clearHref: string | null;
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

  if (page.isSearchTooShort) return <EmptyState illustration="nothingFound" message={t("feed.searchTooShort")} />;
  if (cards.length === 0) {
    return (
      <EmptyState
        illustration={clearHref ? "nothingFound" : "noStories"}
        message={
          params.q
            ? t("feed.noMatches", { query: params.q })
            : clearHref
              ? t("feed.noFilterMatches")
              : t(`feed.empty.${params.tab as FeedTab}`)
        }
        action={
          clearHref ? (
            <ButtonLink to={clearHref} label={t("feed.clearSearchAndFilters")} icon={X} />
          ) : (
            <ButtonLink to={paths.newStory()} label={t("feed.writeStory")} variant="primary" icon={PenLine} />
          )
        }
      />
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
          className={buttonClassName({ variant: "secondary", isWide: true })}
          aria-busy={fetcher.state === "loading" || undefined}
          onClick={(event) => {
            event.preventDefault();
            // "?index" makes Remix ask the index route, not the root, for "/".
            fetcher.load(`${nextHref}${basePath === paths.home() ? "&index" : ""}`);
          }}
        >
          {fetcher.state === "loading" ? (
            <LoaderCircle aria-hidden="true" className="h-5 w-5 animate-spin" />
          ) : (
            <ChevronDown aria-hidden="true" className="h-5 w-5" />
          )}
          {fetcher.state === "loading" ? t("feed.loading") : t("feed.showMore")}
        </Link>
      ) : null}
    </>
  );
}
