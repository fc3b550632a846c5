import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { createFeedToken, revokeFeedToken } from "~/models/people.server";
import { loader as allHighlights } from "~/routes/highlights[.]atom";
import { action as profileAction } from "~/routes/profile";
import { loader as valueHighlights } from "~/routes/values.$slug.highlights[.]atom";
import { db } from "~/utils/db.server";
import {
  call,
  createTestPerson,
  createTestStory,
  createTestValue,
  getRequest,
  postForm,
  signedInCookie,
  testContext,
} from "../factories";

function parseXml(xml: string) {
  const document = new new Window().DOMParser().parseFromString(xml, "application/xml");
  expect(document.querySelector("parsererror")).toBeNull();
  return document;
}

async function fetchFeed(loader: typeof allHighlights, path: string, params: Record<string, string> = {}) {
  // A thrown answer (an unknown value's 404) is what Remix sends for a resource route too.
  const response = await call(() => loader({ request: getRequest(path), params, context: testContext }));
  return { status: response.status, type: response.headers.get("Content-Type"), text: String(response.body) };
}

describe("the highlights Atom feed", () => {
  it("lists highlighted visible stories for a valid personal link, escaped, as well-formed Atom", async () => {
    const reader = await createTestPerson();
    const token = await createFeedToken(reader.id);
    const author = await createTestPerson({ name: "Ann <Author>" });
    const kind = await createTestValue({ name: "Kind" });
    const shown = await createTestStory(author, {
      title: "Fixed it & said so <b>",
      body: "Plain **words**",
      valueIds: [kind.id],
    });
    const other = await createTestStory(author, { title: "Other value" });
    const hidden = await createTestStory(author, { title: "Hidden one", valueIds: [kind.id] });
    const unhighlighted = await createTestStory(author, { title: "Not highlighted", valueIds: [kind.id] });
    await db.story.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "x" } });
    for (const story of [shown, other, hidden])
      await db.highlight.create({ data: { storyId: story.id, note: `Why: ${story.title} ]]>` } });

    const feed = await fetchFeed(allHighlights, `/highlights.atom?token=${token}`);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe("application/atom+xml; charset=utf-8");
    const document = parseXml(feed.text);
    const entryTitles = [...document.querySelectorAll("entry > title")].map((node) => node.textContent);
    expect(entryTitles.sort()).toEqual(["Fixed it & said so <b>", "Other value"]);
    expect(entryTitles).not.toContain(unhighlighted.title);
    expect(feed.text).not.toContain(token);
    const entry = [...document.querySelectorAll("entry")].find(
      (node) => node.querySelector("title")?.textContent === shown.title,
    )!;
    expect(entry.querySelector("author > name")?.textContent).toBe("Ann <Author>");
    expect(entry.querySelector("content")?.textContent).toContain("<strong>words</strong>");
    expect(entry.querySelector("link")?.getAttribute("href")).toBe(`http://localhost:3000/stories/${shown.id}`);

    const perValue = await fetchFeed(valueHighlights, `/values/${kind.slug}/highlights.atom?token=${token}`, {
      slug: kind.slug,
    });
    expect([...parseXml(perValue.text).querySelectorAll("entry > title")].map((node) => node.textContent)).toEqual([
      shown.title,
    ]);
    expect(
      (await fetchFeed(valueHighlights, `/values/nope/highlights.atom?token=${token}`, { slug: "nope" })).status,
    ).toBe(404);
  });

  it("refuses a missing, wrong or revoked link, and a deactivated person's link", async () => {
    const reader = await createTestPerson();
    const token = await createFeedToken(reader.id);
    expect((await fetchFeed(allHighlights, "/highlights.atom")).status).toBe(401);
    expect((await fetchFeed(allHighlights, `/highlights.atom?token=${token}x`)).status).toBe(401);
    await revokeFeedToken(reader.id);
    expect((await fetchFeed(allHighlights, `/highlights.atom?token=${token}`)).status).toBe(401);

    const leaver = await createTestPerson();
    const leaverToken = await createFeedToken(leaver.id);
    await db.user.update({ where: { id: leaver.id }, data: { deactivatedAt: new Date() } });
    expect((await fetchFeed(allHighlights, `/highlights.atom?token=${leaverToken}`)).status).toBe(401);
  });

  it("is made, shown once and turned off from the profile page; a new link retires the old", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    const first = await postForm(profileAction, "/profile", { intent: "feedLink" }, { cookie });
    const firstToken = new URL(first.body.feedUrl).searchParams.get("token")!;
    expect((await fetchFeed(allHighlights, `/highlights.atom?token=${firstToken}`)).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).feedToken).not.toBe(firstToken);

    const second = await postForm(profileAction, "/profile", { intent: "feedLink" }, { cookie });
    const secondToken = new URL(second.body.feedUrl).searchParams.get("token")!;
    expect((await fetchFeed(allHighlights, `/highlights.atom?token=${firstToken}`)).status).toBe(401);
    await postForm(profileAction, "/profile", { intent: "revokeFeedLink" }, { cookie });
    expect((await fetchFeed(allHighlights, `/highlights.atom?token=${secondToken}`)).status).toBe(401);
  });
});
