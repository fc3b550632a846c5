import { describe, expect, it } from "vitest";
import type { InsightChart, Insights } from "~/models/insights.server";
import { csvField, getInsights, heatmapFeedHref, toCsv } from "~/models/insights.server";
import { loader as insightsPage } from "~/routes/insights";
import { loader as insightsCsv } from "~/routes/insights[.]csv";
import { db } from "~/utils/db.server";
import { MIN_GROUP } from "~/utils/insights-params";
import { createTestPerson, createTestValue, getPage, signedInCookie } from "../factories";
import { createTeamOf, daysAgo, storiesBy } from "../insights-factories";

async function managerCookie(role: "manager" | "admin" = "manager") {
  return signedInCookie((await createTestPerson({ role })).id);
}

async function insightsFor(query: string, cookie: string): Promise<Insights> {
  const page = await getPage(insightsPage, `/insights${query}`, { cookie });
  expect(page.status).toBe(200);
  return page.body;
}

/** A small CSV reader for the tests: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string) {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let isQuoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (isQuoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && body[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index++;
    } else field += char;
  }
  return rows;
}

async function csvFor(chart: InsightChart, query: string, cookie: string) {
  const response = await getPage(insightsCsv, `/insights.csv${query}${query ? "&" : "?"}chart=${chart}`, { cookie });
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toMatch(/^text\/csv/);
  expect(response.headers.get("Content-Disposition")).toMatch(
    new RegExp(`^attachment; filename="insights-${chart}-.*\\.csv"$`),
  );
  return parseCsv(response.body as string);
}

const TOO_FEW = "too few to show";

describe("who may see insights", () => {
  it("is for managers and admins: employees get 403, anonymous visitors go to sign-in", async () => {
    const employee = await signedInCookie((await createTestPerson()).id);
    expect((await getPage(insightsPage, "/insights", { cookie: employee })).status).toBe(403);
    expect((await getPage(insightsCsv, "/insights.csv?chart=weekly", { cookie: employee })).status).toBe(403);
    for (const [loader, path] of [
      [insightsPage, "/insights?period=30"],
      [insightsCsv, "/insights.csv?chart=weekly"],
    ] as const) {
      const anonymous = await getPage(loader, path);
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get("Location")).toBe(`/login?${new URLSearchParams({ redirectTo: path })}`);
    }
    for (const role of ["manager", "admin"] as const) {
      const cookie = await managerCookie(role);
      expect((await getPage(insightsPage, "/insights", { cookie })).status).toBe(200);
      expect((await getPage(insightsCsv, "/insights.csv?chart=heatmap", { cookie })).status).toBe(200);
    }
    expect((await getPage(insightsCsv, "/insights.csv?chart=people", { cookie: await managerCookie() })).status).toBe(
      404,
    );
  });
});

describe("groups of fewer than five", () => {
  it("shows participation for a team of five, not for a team of four, on the page and in the CSV", async () => {
    expect(MIN_GROUP).toBe(5);
    const small = await createTeamOf(4);
    const big = await createTeamOf(5);
    await storiesBy([small.people[0]!, big.people[0]!]);
    const story = (await storiesBy([await createTestPerson()]))[0]!;
    await db.reaction.create({ data: { storyId: story.id, userId: big.people[1]!.id, kind: "applause" } });
    await db.comment.create({ data: { storyId: story.id, authorId: big.people[2]!.id, body: "Well done" } });
    // A removed comment and an old reaction are not taking part in this period.
    await db.comment.create({
      data: { storyId: story.id, authorId: big.people[3]!.id, body: "Gone", removedAt: new Date() },
    });
    await db.reaction.create({
      data: { storyId: story.id, userId: big.people[4]!.id, kind: "learned", createdAt: daysAgo(40) },
    });

    const cookie = await managerCookie();
    const insights = await insightsFor("?period=30", cookie);
    const row = (slug: string) => insights.participation!.find((entry) => entry.slug === slug);
    expect(row(small.team.slug)).toEqual({
      slug: small.team.slug,
      name: small.team.name,
      members: null,
      participants: null,
      share: null,
    });
    expect(row(big.team.slug)).toEqual({
      slug: big.team.slug,
      name: big.team.name,
      members: 5,
      participants: 3,
      share: 60,
    });
    expect(
      (await insightsFor("?period=90", cookie)).participation!.find((entry) => entry.slug === big.team.slug)!
        .participants,
    ).toBe(4);

    const csv = await csvFor("participation", "?period=30", cookie);
    expect(csv[0]).toEqual(["Team", "People", "Took part", "Share (%)"]);
    expect(csv.find((line) => line[0] === small.team.name)).toEqual([small.team.name, TOO_FEW, TOO_FEW, TOO_FEW]);
    expect(csv.find((line) => line[0] === big.team.name)).toEqual([big.team.name, "5", "3", "60"]);
  });

  it("shows nothing at all about a chosen team of four", async () => {
    const small = await createTeamOf(4);
    const value = await createTestValue();
    await storiesBy(small.people, { valueId: value.id, dimensions: ["brand"], gotInTheWay: "The till was broken" });
    const cookie = await managerCookie();
    const insights = await insightsFor(`?team=${small.team.slug}`, cookie);
    expect(insights).toMatchObject({
      isTooFew: true,
      team: { slug: small.team.slug },
      storyCount: null,
      highlightCount: null,
      weeks: null,
      participation: null,
      heatmap: null,
      barriers: null,
      onboarding: null,
    });
    expect(JSON.stringify(insights)).not.toContain("The till was broken");
    for (const chart of ["weekly", "participation", "heatmap", "barriers", "onboarding"] as const) {
      const csv = await csvFor(chart, `?team=${small.team.slug}`, cookie);
      expect(csv.flat()).toContain(TOO_FEW);
      expect(csv.flat().join(" ")).not.toMatch(/\d|till/);
    }
  });

  it("hides a heatmap cell with stories from four distinct authors and shows one with five", async () => {
    const { people } = await createTeamOf(6);
    const [fourValue, fiveValue] = [await createTestValue(), await createTestValue()];
    // Six stories from four people: still four people.
    await storiesBy(people.slice(0, 4), { valueId: fourValue.id, dimensions: ["latitude"] });
    await storiesBy(people.slice(0, 2), { valueId: fourValue.id, dimensions: ["latitude"] });
    await storiesBy(people.slice(0, 5), { valueId: fiveValue.id, dimensions: ["latitude", "feedback"] });
    const cookie = await managerCookie();
    const insights = await insightsFor("", cookie);
    const cell = (valueSlug: string, dimension: string) =>
      insights
        .heatmap!.rows.find((row) => row.slug === valueSlug)!
        .cells.find((entry) => entry.dimension === dimension)!;
    expect(cell(fourValue.slug, "latitude").stories).toBeNull();
    expect(cell(fiveValue.slug, "latitude").stories).toBe(5);
    expect(cell(fiveValue.slug, "feedback").stories).toBe(5);
    expect(cell(fiveValue.slug, "brand").stories).toBe(0);

    const csv = await csvFor("heatmap", "", cookie);
    expect(csv[0]).toEqual([
      "Value",
      "Latitude to act",
      "Competence",
      "Technical equipment",
      "Values & mindset",
      "Brand",
      "Feedback & co-creation",
    ]);
    expect(csv.find((line) => line[0] === fourValue.name)![1]).toBe(TOO_FEW);
    expect(csv.find((line) => line[0] === fiveValue.name)!.slice(1)).toEqual(
      insights.heatmap!.rows.find((row) => row.slug === fiveValue.slug)!.cells.map((entry) => String(entry.stories)),
    );
  });

  it("withholds a week's contributors when fewer than five posted, but still counts its stories", async () => {
    const { team, people } = await createTeamOf(5);
    await storiesBy(people.slice(0, 3));
    const cookie = await managerCookie();
    const thisWeek = (insights: Insights) => insights.weeks!.at(-1)!;
    expect(thisWeek(await insightsFor(`?period=30&team=${team.slug}`, cookie))).toMatchObject({
      stories: 3,
      contributors: null,
    });
    await storiesBy(people.slice(3, 5));
    expect(thisWeek(await insightsFor(`?period=30&team=${team.slug}`, cookie))).toMatchObject({
      stories: 5,
      contributors: 5,
    });
  });
});

describe("what the figures count", () => {
  it("changes with the period and the team, and counts only visible stories", async () => {
    const north = await createTeamOf(5);
    const south = await createTeamOf(5);
    await storiesBy(north.people.slice(0, 2));
    await storiesBy(north.people.slice(0, 1), { publishedAt: daysAgo(60) });
    await storiesBy(north.people.slice(0, 1), { publishedAt: daysAgo(200) });
    await storiesBy(south.people.slice(0, 3));
    const [hidden] = await storiesBy(north.people.slice(0, 1));
    await db.story.update({
      where: { id: hidden!.id },
      data: { hiddenAt: new Date(), hiddenReason: "Customer's name" },
    });
    const [deleted] = await storiesBy(north.people.slice(0, 1));
    await db.story.update({ where: { id: deleted!.id }, data: { deletedAt: new Date() } });
    await storiesBy(north.people.slice(0, 1)).then(([draft]) =>
      db.story.update({ where: { id: draft!.id }, data: { status: "draft" } }),
    );

    const cookie = await managerCookie();
    const count = async (query: string) => (await insightsFor(query, cookie)).storyCount;
    expect(await count(`?period=30&team=${north.team.slug}`)).toBe(2);
    expect(await count(`?period=90&team=${north.team.slug}`)).toBe(3);
    expect(await count(`?period=365&team=${north.team.slug}`)).toBe(4);
    expect(await count(`?period=30&team=${south.team.slug}`)).toBe(3);
    const all = await count("?period=30");
    expect(all).toBeGreaterThanOrEqual(5);
    // Unknown values fall back to the defaults: 90 days, all teams.
    const fallback = await insightsFor("?period=7&team=nobody", cookie);
    expect(fallback).toMatchObject({ period: "90", team: null });

    const weeks = (await insightsFor(`?period=365&team=${north.team.slug}`, cookie)).weeks!;
    expect(weeks.length).toBeGreaterThanOrEqual(53);
    expect(weeks.reduce((sum, week) => sum + week.stories, 0)).toBe(4);
  });

  it("counts weeks from Monday to Sunday in UTC, across the turn of a year", async () => {
    const { team, people } = await createTeamOf(5);
    for (const publishedAt of ["2026-12-31T23:30:00Z", "2027-01-03T23:59:00Z", "2027-01-04T00:00:00Z"])
      await storiesBy(people.slice(0, 1), { publishedAt: new Date(publishedAt) });
    const insights = await getInsights({ period: "30", team: team.slug }, new Date("2027-01-06T12:00:00Z"));
    expect(insights.weeks!.map((week) => [week.start, week.stories])).toEqual([
      ["2026-12-07", 0],
      ["2026-12-14", 0],
      ["2026-12-21", 0],
      ["2026-12-28", 2],
      ["2027-01-04", 1],
    ]);
  });

  it("keeps UTC weeks on a server in another time zone, across a change to summer time", async () => {
    const { team, people } = await createTeamOf(5);
    // Summer time starts in Berlin on Sunday 28 March 2027; late on a Sunday in UTC is Monday there.
    for (const publishedAt of [
      "2027-03-21T23:30:00Z",
      "2027-03-22T00:00:00Z",
      "2027-03-28T23:30:00Z",
      "2027-03-29T00:30:00Z",
    ])
      await storiesBy(people.slice(0, 1), { publishedAt: new Date(publishedAt) });
    const zone = process.env.TZ;
    process.env.TZ = "Europe/Berlin";
    try {
      const insights = await getInsights({ period: "30", team: team.slug }, new Date("2027-04-07T12:00:00Z"));
      expect([insights.since, insights.until]).toEqual(["2027-03-08", "2027-04-07"]);
      expect(insights.weeks!.map((week) => [week.start, week.stories])).toEqual([
        ["2027-03-08", 0],
        ["2027-03-15", 1],
        ["2027-03-22", 2],
        ["2027-03-29", 1],
        ["2027-04-05", 0],
      ]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("links every heatmap cell to the feed filtered to it, with the team when one is chosen", async () => {
    const { team, people } = await createTeamOf(5);
    const value = await createTestValue();
    await storiesBy(people, { valueId: value.id, dimensions: ["competence"] });
    const cookie = await managerCookie();
    const all = await insightsFor("", cookie);
    const row = all.heatmap!.rows.find((entry) => entry.slug === value.slug)!;
    expect(row.cells.map((cell) => cell.href)).toEqual(
      ["latitude", "competence", "equipment", "values", "brand", "feedback"].map(
        (dim) => `/?tab=new&value=${value.slug}&dim=${dim}`,
      ),
    );
    const filtered = await insightsFor(`?team=${team.slug}`, cookie);
    const cell = filtered.heatmap!.rows.find((entry) => entry.slug === value.slug)!.cells[1]!;
    expect(cell).toEqual({
      dimension: "competence",
      stories: 5,
      href: `/?tab=new&value=${value.slug}&dim=competence&team=${team.slug}`,
    });
    expect(heatmapFeedHref("a b&c", "brand", null)).toBe("/?tab=new&value=a+b%26c&dim=brand");
  });

  it("lists barriers by dimension, newest first, with their date and never their author", async () => {
    const { team, people } = await createTeamOf(5);
    await storiesBy(people.slice(0, 1), {
      dimensions: ["equipment"],
      gotInTheWay: "Old scanner",
      publishedAt: daysAgo(3),
    });
    await storiesBy(people.slice(1, 2), {
      dimensions: ["equipment", "feedback"],
      gotInTheWay: "  No ladder  ",
      publishedAt: daysAgo(1),
    });
    await storiesBy(people.slice(2, 3), { gotInTheWay: '=HYPERLINK("http://evil","x")' });
    await storiesBy(people.slice(3, 4), { dimensions: ["equipment"], gotInTheWay: "   " });
    const cookie = await managerCookie();
    const insights = await insightsFor(`?team=${team.slug}`, cookie);
    expect(insights.barriers!.map((group) => [group.dimension, group.barriers.map((barrier) => barrier.text)])).toEqual(
      [
        ["equipment", ["No ladder", "Old scanner"]],
        ["feedback", ["No ladder"]],
        [null, ['=HYPERLINK("http://evil","x")']],
      ],
    );
    expect(Object.keys(insights.barriers![0]!.barriers[0]!)).toEqual(["text", "publishedAt"]);
    const body = JSON.stringify(insights);
    for (const person of people) expect(body).not.toContain(person.name);

    const csv = await csvFor("barriers", `?team=${team.slug}`, cookie);
    expect(csv).toContainEqual([
      "No dimension",
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      `'=HYPERLINK("http://evil","x")`,
    ]);
    expect(csv.filter((line) => line[2] === "No ladder")).toHaveLength(2);
  });

  it("counts highlights in the period and new hires who finished a collection for new hires", async () => {
    const { team, people } = await createTeamOf(5);
    const stories = await storiesBy(people.slice(0, 2));
    await db.highlight.create({ data: { storyId: stories[0]!.id, note: "Great" } });
    await db.highlight.create({ data: { storyId: stories[1]!.id, note: "Older", createdAt: daysAgo(45) } });
    const collection = await db.collection.create({
      data: {
        slug: `welcome-${team.slug}`,
        title: "Week 1",
        audience: "newHires",
        items: {
          create: stories.map((story, position) => ({
            storyId: story.id,
            position,
            reviewAt: new Date(Date.now() + 100 * 24 * 60 * 60 * 1000),
          })),
        },
      },
    });
    for (const person of people.slice(0, 2))
      for (const story of stories) await db.storyRead.create({ data: { userId: person.id, storyId: story.id } });
    await db.storyRead.create({ data: { userId: people[2]!.id, storyId: stories[0]!.id } });

    const cookie = await managerCookie();
    const insights = await insightsFor(`?period=30&team=${team.slug}`, cookie);
    expect(insights.highlightCount).toBe(1);
    expect(insights.weeks!.reduce((sum, week) => sum + week.highlights, 0)).toBe(1);
    expect((await insightsFor(`?period=90&team=${team.slug}`, cookie)).highlightCount).toBe(2);
    expect(insights.onboarding).toEqual({
      newHires: 5,
      collections: [{ slug: collection.slug, title: "Week 1", finished: 2, newHires: 5 }],
    });
    expect(await csvFor("onboarding", `?period=30&team=${team.slug}`, cookie)).toEqual([
      ["Collection", "Finished", "New hires"],
      ["Week 1", "2", "5"],
    ]);

    // Four new hires (and two long-standing colleagues) are too few to break out.
    const mixed = await createTeamOf(4);
    for (let index = 0; index < 2; index++) await createTestPerson({ teamId: mixed.team.id, joinedAt: daysAgo(400) });
    expect((await insightsFor(`?team=${mixed.team.slug}`, cookie)).onboarding).toEqual({
      newHires: null,
      collections: [],
    });
  });
});

describe("CSV downloads", () => {
  it("hold the same numbers as the page", async () => {
    const { team, people } = await createTeamOf(5);
    const value = await createTestValue();
    await storiesBy(people, { valueId: value.id, dimensions: ["values"] });
    await storiesBy(people.slice(0, 2), { publishedAt: daysAgo(20) });
    const cookie = await managerCookie();
    for (const query of ["?period=30", `?period=90&team=${team.slug}`]) {
      const insights = await insightsFor(query, cookie);
      const weekly = await csvFor("weekly", query, cookie);
      expect(weekly[0]).toEqual(["Week of", "Stories", "Active contributors", "Highlights"]);
      expect(weekly.slice(1)).toEqual(
        insights.weeks!.map((week) => [
          week.start,
          String(week.stories),
          week.contributors === null ? TOO_FEW : String(week.contributors),
          String(week.highlights),
        ]),
      );
      const heatmap = await csvFor("heatmap", query, cookie);
      expect(heatmap.slice(1)).toEqual(
        insights.heatmap!.rows.map((row) => [
          row.name,
          ...row.cells.map((cell) => (cell.stories === null ? TOO_FEW : String(cell.stories))),
        ]),
      );
      const participation = await csvFor("participation", query, cookie);
      expect(participation.slice(1)).toEqual(
        insights.participation!.map((row) => [
          row.name,
          ...[row.members, row.participants, row.share].map((figure) => (figure === null ? TOO_FEW : String(figure))),
        ]),
      );
    }
  });

  it("speaks the person's language", async () => {
    const manager = await createTestPerson({ role: "manager", language: "de" });
    const csv = await csvFor("weekly", "?period=30", await signedInCookie(manager.id));
    expect(csv[0]).toEqual(["Woche ab", "Geschichten", "Aktive Beitragende", "Hervorhebungen"]);
  });

  it("escapes fields and neutralises formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    for (const start of ["=", "+", "-", "@"]) expect(csvField(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvField("=cmd|' /C calc'!A0,")).toBe(`"'=cmd|' /C calc'!A0,"`);
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField(42)).toBe("42");
    expect(csvField(null)).toBe("");
    expect(
      toCsv([
        ["a", 1],
        ["b", null],
      ]),
    ).toBe("a,1\r\nb,\r\n");
  });
});
