import { describe, expect, it } from "vitest";
import { recordFeedVisit } from "~/models/people.server";
import { loader as dimensionPage } from "~/routes/dimensions.$key";
import { loader as feedPage } from "~/routes/_index";
import { loader as valuePage } from "~/routes/values.$slug";
import { loader as valuesPage } from "~/routes/values._index";
import { db } from "~/utils/db.server";
import { createTestPerson, createTestStory, createTestValue, getPage, signedInCookie } from "../factories";

describe("feed, value and dimension pages", () => {
  it("send anonymous visitors to sign-in", async () => {
    expect((await getPage(feedPage, "/?tab=new")).headers.get("Location")).toBe("/login?redirectTo=%2F%3Ftab%3Dnew");
    expect((await getPage(valuesPage, "/values")).status).toBe(302);
    expect((await getPage(valuePage, "/values/x", { params: { slug: "x" } })).status).toBe(302);
    expect((await getPage(dimensionPage, "/dimensions/latitude", { params: { key: "latitude" } })).status).toBe(302);
  });

  it("narrow a value's and a dimension's page to it, and 404 for unknown ones", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    const [kind, other] = [await createTestValue({ name: "Kind page" }), await createTestValue()];
    await createTestStory(person, { title: "On the kind page", valueIds: [kind.id], dimensions: ["brand"] });
    await createTestStory(person, { title: "Elsewhere", valueIds: [other.id] });

    // An exclusion of the page's own value in the URL does not empty the page.
    const value = await getPage(valuePage, `/values/${kind.slug}?xvalue=${kind.slug}`, {
      cookie,
      params: { slug: kind.slug },
    });
    expect(value.body.page.cards.map((card: { title: string }) => card.title)).toEqual(["On the kind page"]);
    const dimension = await getPage(dimensionPage, "/dimensions/brand", { cookie, params: { key: "brand" } });
    expect(dimension.body.page.cards.map((card: { title: string }) => card.title)).toEqual(["On the kind page"]);
    expect((await getPage(valuePage, "/values/none", { cookie, params: { slug: "none" } })).status).toBe(404);
    expect(
      (await getPage(dimensionPage, "/dimensions/happiness", { cookie, params: { key: "happiness" } })).status,
    ).toBe(404);

    const list = await getPage(valuesPage, "/values", { cookie });
    expect(list.body.values.find((row: { slug: string }) => row.slug === kind.slug).storyCount).toBe(1);
    expect(list.body.dimensions.find((row: { key: string }) => row.key === "brand").storyCount).toBe(1);
  });
});

describe("new since the last visit", () => {
  it("counts from the start of the previous visit, and writes only when a visit starts", async () => {
    const person = await createTestPerson();
    const start = new Date("2026-05-01T08:00:00Z");
    expect(await recordFeedVisit(person.id, start)).toBeNull();
    expect(await recordFeedVisit(person.id, new Date(start.getTime() + 10 * 60_000))).toBeNull();
    const before = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    const nextDay = new Date(start.getTime() + 24 * 60 * 60_000);
    expect(await recordFeedVisit(person.id, nextDay)).toEqual(start);
    expect(await recordFeedVisit(person.id, new Date(nextDay.getTime() + 5 * 60_000))).toEqual(start);
    expect(before.lastFeedVisitAt).toEqual(start);
  });
});
