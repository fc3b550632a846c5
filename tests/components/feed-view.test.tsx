// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import { FeedView } from "~/components/feed-view";
import en from "~/locales/en.json";
import { parseFeedParams } from "~/utils/feed-params";
import { getI18n, TranslatorProvider } from "~/utils/i18n";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const teams = Array.from({ length: 12 }, (_, index) => ({ slug: `store-${index}`, name: `Store ${index}` }));
teams.push({ slug: "utrecht", name: "Store Utrecht Centrum" });

async function openFilters(search: string) {
  const Feed = () => (
    <FeedView
      basePath="/"
      params={parseFeedParams(new URLSearchParams(search))}
      page={{ cards: [], nextCursor: null, terms: [], isSearchTooShort: false }}
      options={{ values: [{ slug: "own-it", name: "Own it" }], teams, dimensions: ["latitude"] }}
      since={null}
    />
  );
  const Stub = createRemixStub([{ path: "/", Component: Feed }]);
  const container = document.createElement("div");
  document.body.append(container);
  await act(async () =>
    createRoot(container).render(
      <TranslatorProvider value={getI18n("en", en)}>
        <Stub initialEntries={[`/${search}`]} />
      </TranslatorProvider>,
    ),
  );
  const opener = [...container.querySelectorAll("button")].find((button) => button.textContent?.includes("Filters"))!;
  await act(async () => opener.click());
  return container;
}

async function type(input: HTMLInputElement, text: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

const shownTeams = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)]
    .filter((input) => !input.closest(".hidden"))
    .map((input) => input.value);

describe("the feed's filter sheet", () => {
  it("narrows a long list by typing, keeping what is ticked in view and in the form", async () => {
    const container = await openFilters("?team=store-3");
    const search = container.querySelector<HTMLInputElement>('input[type="search"][name="find-team"]')!;
    expect(search).not.toBeNull();
    // A short list (one value) gets no search box.
    expect(container.querySelector('input[name="find-value"]')).toBeNull();
    expect(shownTeams(container, "team")).toHaveLength(13);

    // Ticked now and not applied yet: it stays in view through a search that does not match it.
    const store5 = container.querySelector<HTMLInputElement>('input[type="checkbox"][name="team"][value="store-5"]')!;
    await act(async () => store5.click());
    expect(store5.checked).toBe(true);

    await type(search, "utrecht");
    expect(shownTeams(container, "team")).toEqual(["store-3", "store-5", "utrecht"]);
    expect(shownTeams(container, "xteam")).toEqual(["utrecht"]);
    // Hidden chips are still in the form: what was ticked is sent with the filter.
    expect(container.querySelectorAll(`input[type="checkbox"][name="team"]`)).toHaveLength(13);
  });
});
