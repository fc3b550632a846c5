import { beforeAll, describe, expect, it } from "vitest";
import { getFacetOptions, getFeedPage, PAGE_SIZE } from "~/models/feed.server";
import { rescoreStories } from "~/models/ranking.server";
import { setReaction } from "~/models/reactions.server";
import { findMatchingStoryIds, rebuildSearchIndex, searchTerms } from "~/models/search.server";
import { db } from "~/utils/db.server";
import type { FeedParams } from "~/utils/feed-params";
import { parseFeedParams } from "~/utils/feed-params";
import { createTestPerson, createTestStory, createTestTeam, createTestValue } from "../factories";

const HOUR = 60 * 60 * 1000;
const feed = (query: string) => parseFeedParams(new URLSearchParams(query));

let viewer: { id: string; teamId: string | null };
let values: { kind: { id: string; slug: string }; honest: { id: string; slug: string } };
let teams: { store: { id: string; slug: string }; delivery: { id: string; slug: string } };
const titles = async (params: FeedParams, take = 50) =>
  (await getFeedPage({ viewer, params, take })).cards.map((card) => card.title);

beforeAll(async () => {
  teams = { store: await createTestTeam("Store Feed"), delivery: await createTestTeam("Delivery Feed") };
  values = { kind: await createTestValue({ name: "Kind" }), honest: await createTestValue({ name: "Honest" }) };
  viewer = await createTestPerson({ teamId: teams.store.id });
  const storeAuthor = await createTestPerson({ teamId: teams.store.id, name: "Mia Schulz" });
  const driver = await createTestPerson({ teamId: teams.delivery.id, name: "Daan Mulder" });
  const named = await createTestPerson({ name: "Zoë Clarke" });
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);

  await createTestStory(storeAuthor, {
    title: "Kind at the till",
    valueIds: [values.kind.id],
    dimensions: ["latitude"],
    publishedAt: at(5),
  });
  await createTestStory(driver, {
    title: "Honest about the delay",
    body: "Die Lieferverzögerung war ärgerlich, aber wir haben sie früh erklärt.",
    valueIds: [values.honest.id],
    dimensions: ["feedback"],
    publishedAt: at(4),
  });
  await createTestStory(driver, {
    title: "Kind and honest",
    body: "De bezorging was klantvriendelijk geregeld.",
    valueIds: [values.kind.id, values.honest.id],
    publishedAt: at(3),
    people: [named.id],
  });
  await createTestStory(storeAuthor, {
    title: "Coffee corner",
    body: "We opened a small Café for waiting customers.",
    customerQuote: "Best espresso in town",
    valueIds: [values.honest.id],
    publishedAt: at(2),
  });
  const hidden = await createTestStory(storeAuthor, {
    title: "Hidden kind story",
    valueIds: [values.kind.id],
    publishedAt: at(1),
  });
  await db.story.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "test" } });
  const deleted = await createTestStory(storeAuthor, {
    title: "Deleted kind story",
    valueIds: [values.kind.id],
    publishedAt: at(1),
  });
  await db.story.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  await createTestStory(storeAuthor, { title: "Draft kind story", valueIds: [values.kind.id], status: "draft" });
});

describe("filters", () => {
  it("shows only visible stories, newest first, on the New tab", async () => {
    expect(await titles(feed("tab=new"))).toEqual([
      "Coffee corner",
      "Kind and honest",
      "Honest about the delay",
      "Kind at the till",
    ]);
  });

  it("includes and excludes values, dimensions and teams, and combines them", async () => {
    expect(await titles(feed(`tab=new&value=${values.kind.slug}`))).toEqual(["Kind and honest", "Kind at the till"]);
    expect(await titles(feed(`tab=new&value=${values.kind.slug}&xvalue=${values.honest.slug}`))).toEqual([
      "Kind at the till",
    ]);
    expect(
      await titles(feed(`tab=new&value=${values.kind.slug}&value=${values.honest.slug}&xteam=${teams.delivery.slug}`)),
    ).toEqual(["Coffee corner", "Kind at the till"]);
    expect(await titles(feed("tab=new&dim=feedback"))).toEqual(["Honest about the delay"]);
    expect(await titles(feed("tab=new&xdim=latitude&xdim=feedback"))).toEqual(["Coffee corner", "Kind and honest"]);
    expect(await titles(feed(`tab=new&team=${teams.delivery.slug}`))).toEqual([
      "Kind and honest",
      "Honest about the delay",
    ]);
  });

  it("applies the same filters to the ranked Best tab", async () => {
    expect((await titles(feed(`value=${values.kind.slug}&xteam=${teams.store.slug}`))).sort()).toEqual([
      "Kind and honest",
    ]);
    expect((await titles(feed(""))).sort()).toEqual([
      "Coffee corner",
      "Honest about the delay",
      "Kind and honest",
      "Kind at the till",
    ]);
  });

  it("shows nothing for an included value that does not exist, and ignores unknown dimensions in exclusions", async () => {
    expect(await titles(feed("value=no-such-value"))).toEqual([]);
    expect(await titles(feed("tab=new&xdim=not-a-dimension"))).toHaveLength(4);
  });

  it("shows the viewer's own team on My team, and says why", async () => {
    const page = await getFeedPage({ viewer, params: feed("tab=team") });
    expect(page.cards.map((card) => card.title)).toEqual(["Coffee corner", "Kind at the till"]);
    expect(page.cards.every((card) => card.reason === "team")).toBe(true);
  });

  it("shows highlights newest first with the manager's note, and nothing else", async () => {
    expect(await titles(feed("tab=highlights"))).toEqual([]);
    const story = await db.story.findFirstOrThrow({ where: { title: "Honest about the delay" } });
    await db.highlight.create({ data: { storyId: story.id, note: "This is how we break bad news." } });
    const page = await getFeedPage({ viewer, params: feed("tab=highlights") });
    expect(page.cards).toMatchObject([
      { title: "Honest about the delay", highlightNote: "This is how we break bad news.", reason: "highlighted" },
    ]);
    await db.highlight.deleteMany({ where: { storyId: story.id } });
  });
});

describe("search", () => {
  const search = async (q: string, extra = "") => titles(feed(`q=${encodeURIComponent(q)}${extra}`));

  it("finds words inside German compounds, Dutch words, and ignores accents and case", async () => {
    expect(await search("verzögerung")).toEqual(["Honest about the delay"]);
    expect(await search("Lieferverzögerung")).toEqual(["Honest about the delay"]);
    expect(await search("verzogerung")).toEqual(["Honest about the delay"]);
    expect(await search("ÄRGERLICH")).toEqual(["Honest about the delay"]);
    expect(await search("klantvriendelijk")).toEqual(["Kind and honest"]);
    expect(await search("bezorging")).toEqual(["Kind and honest"]);
    expect(await search("cafe")).toEqual(["Coffee corner"]);
  });

  it("searches titles, customer quotes and the names of the people in the story", async () => {
    expect(await search("espresso")).toEqual(["Coffee corner"]);
    expect(await search("zoe clarke")).toEqual(["Kind and honest"]);
    expect(await search("till")).toEqual(["Kind at the till"]);
  });

  it("combines search with filters and needs every word", async () => {
    expect((await search("kind")).sort()).toEqual(["Kind and honest", "Kind at the till"]);
    expect(await search("kind", `&xteam=${teams.delivery.slug}`)).toEqual(["Kind at the till"]);
    expect(await search("kind bezorging")).toEqual(["Kind and honest"]);
  });

  it("never finds hidden, deleted or draft stories", async () => {
    expect(await search("kind story")).toEqual([]);
  });

  it("treats an empty search as no search, and a too short one as a message", async () => {
    expect(await titles(feed("q=&tab=new"))).toHaveLength(4);
    const short = await getFeedPage({ viewer, params: feed("q=a") });
    expect(short).toMatchObject({ isSearchTooShort: true, cards: [] });
  });

  it.each([
    `"unbalanced`,
    `kind"`,
    "AND OR NOT",
    "(kind",
    "kind*",
    "NEAR(kind honest)",
    "title:kind",
    "^kind",
    "'; DROP TABLE Story; --",
    "{kind}",
    "-kind",
    "\u202Ekind",
    "kind\u200Bhonest",
    "🙂🙂🙂",
  ])("treats hostile search syntax %j as words, without an error", async (query) => {
    await expect(getFeedPage({ viewer, params: feed(`q=${encodeURIComponent(query)}`) })).resolves.toBeDefined();
    await expect(findMatchingStoryIds(searchTerms(query))).resolves.toBeInstanceOf(Array);
  });

  it("pages through a search that matches more stories than one query can bind", async () => {
    const author = await createTestPerson({ teamId: teams.delivery.id });
    await db.story.createMany({
      data: Array.from({ length: 1100 }, (_, index) => ({
        authorId: author.id,
        teamId: teams.delivery.id,
        title: `Quokka note ${index}`,
        bodyMarkdown: "Quokka",
        bodyHtml: "<p>Quokka</p>",
        status: "published" as const,
        publishedAt: new Date(Date.now() - index * 1000),
      })),
    });
    await rebuildSearchIndex(db);
    const page = await getFeedPage({ viewer, params: feed(`q=quokka&xvalue=${values.kind.slug}&xdim=brand`) });
    expect(page.cards).toHaveLength(PAGE_SIZE);
    expect(page.nextCursor).not.toBeNull();
    await db.story.deleteMany({ where: { title: { startsWith: "Quokka note" } } });
    await rebuildSearchIndex(db);
  });

  it("keeps the search index in step when a story is written through the app", async () => {
    const { createStory } = await import("~/models/stories.server");
    const author = await createTestPerson({ teamId: teams.store.id });
    await createStory(author, {
      intent: "publish",
      title: "Fresh Kundenzufriedenheit",
      body: "Gerade geschrieben.",
      situation: "",
      whatWasDone: "",
      result: "",
      language: "de",
      values: [values.kind.id],
      dimensions: [],
      people: [],
      customerQuote: "",
      whatHelped: "",
      gotInTheWay: "",
    });
    expect(await search("zufriedenheit")).toEqual(["Fresh Kundenzufriedenheit"]);
    const story = await db.story.findFirstOrThrow({ where: { title: "Fresh Kundenzufriedenheit" } });
    await db.story.update({ where: { id: story.id }, data: { deletedAt: new Date() } });
    expect(await search("zufriedenheit")).toEqual([]);
  });
});

describe("cursor pagination", () => {
  it("has no duplicates or gaps while new stories arrive and scores change, on New and on Best", async () => {
    const team = await createTestTeam("Paging team");
    const authors = await Promise.all([1, 2, 3].map(() => createTestPerson({ teamId: team.id })));
    const fans = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createTestPerson()));
    const value = await createTestValue({ name: "Paging" });
    for (let index = 0; index < 25; index++) {
      await createTestStory(authors[index % 3]!, {
        title: `Page story ${index}`,
        valueIds: [value.id],
        publishedAt: new Date(Date.now() - (100 + index) * HOUR),
        reactorCount: index % 7,
      });
    }
    const stories = await db.story.findMany({ where: { title: { startsWith: "Page story" } }, select: { id: true } });
    for (const tab of ["new", "best"]) {
      const seen: string[] = [];
      let params = feed(`tab=${tab}&value=${value.slug}`);
      for (let round = 0; round < 10; round++) {
        const page = await getFeedPage({ viewer, params, take: 7 });
        seen.push(...page.cards.map((card) => card.title));
        // Someone posts while the person is reading.
        await createTestStory(authors[0]!, { title: `Arrived ${tab} ${round}`, valueIds: [value.id] });
        // And others react: stories not reached yet jump above the page, some already read fall.
        const jumper = stories[(stories.length - 1 - round * 3) % stories.length]!;
        for (const fan of fans) await setReaction(jumper.id, { ...fan, role: "employee" }, "applause", true);
        const faller = stories[round % stories.length]!;
        await db.reaction.deleteMany({ where: { storyId: faller.id } });
        await db.story.update({ where: { id: faller.id }, data: { reactorCount: 0, reactionCount: 0 } });
        await rescoreStories(db, [faller.id]);
        if (!page.nextCursor) break;
        params = { ...params, cursor: page.nextCursor };
      }
      const paged = seen.filter((title) => title.startsWith("Page story"));
      expect(new Set(seen).size).toBe(seen.length);
      expect(paged.sort()).toEqual(Array.from({ length: 25 }, (_, index) => `Page story ${index}`).sort());
    }
  });

  it("starts over on a cursor it cannot read, and takes a forged one as a place, never as SQL", async () => {
    const page = await getFeedPage({ viewer, params: { ...feed("tab=new"), cursor: "garbage~~" } });
    expect(page.cards.length).toBeGreaterThan(0);
    const top = await titles(feed(""));
    for (const cursor of ["b~zzzzzzzzzzzzzzzz~1~x~y~", "b~1~Infinity~x~y~", "b~1~NaN~x~y~", "b~~~~~"])
      expect(await titles({ ...feed(""), cursor })).toEqual(top);
    // Above every score: the whole list again; below every score: nothing, and no error.
    expect(
      await titles({ ...feed(""), cursor: `b~${Date.now().toString(36)}~1e300~'); DROP TABLE Story; --~x~` }),
    ).toEqual(top);
    expect(await titles({ ...feed(""), cursor: `b~${Date.now().toString(36)}~-1~x~x~a.b.c` })).toEqual([]);
  });
});

describe("the filter panel's choices", () => {
  it("offers active values and teams only", async () => {
    const [team, archivedTeam] = [await createTestTeam("Panel Active"), await createTestTeam("Panel Archived")];
    const [value, archivedValue] = [await createTestValue(), await createTestValue({ archived: true })];
    await db.team.update({ where: { id: archivedTeam.id }, data: { archivedAt: new Date() } });
    const options = await getFacetOptions();
    expect(options.teams.map((option) => option.slug)).toContain(team.slug);
    expect(options.teams.map((option) => option.slug)).not.toContain(archivedTeam.slug);
    expect(options.values.map((option) => option.slug)).toContain(value.slug);
    expect(options.values.map((option) => option.slug)).not.toContain(archivedValue.slug);
  });
});
