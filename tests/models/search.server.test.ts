import { beforeAll, describe, expect, it } from "vitest";
import { findMatchingStoryIds, rebuildSearchIndex, searchTerms } from "~/models/search.server";
import { db } from "~/utils/db.server";
import { markTerms, singularForms } from "~/utils/mark-terms";
import { createTestPerson, createTestStory } from "../factories";

const titles = new Map<string, string>();
const search = async (query: string) =>
  (await findMatchingStoryIds(searchTerms(query))).map((id) => titles.get(id)).sort();

beforeAll(async () => {
  const author = await createTestPerson({ name: "Search Author" });
  const stories = {
    Rug: "We rolled out the new rug by the entrance.",
    Terug: "Ze kwam terug met de bon en we hielpen haar meteen.",
    Klanten: "De klanten in de winkels waren blij met de uitleg.",
    Kunde: "Die Kunde war kundenfreundlich bedient worden.",
    Kinder: "Für die Kinder gab es Malbücher an der Kasse.",
    Lieferung: "Die Lieferverzögerung war ärgerlich.",
    Stores: "Two stores shared their boxes of spare bags.",
  };
  for (const [title, body] of Object.entries(stories)) {
    const story = await createTestStory(author, { title, body });
    titles.set(story.id, title);
  }
});

describe("search at word starts, with simple plurals", () => {
  it("finds English words at their start and their plurals both ways", async () => {
    expect(await search("rug")).toEqual(["Rug"]);
    expect(await search("rugs")).toEqual(["Rug"]);
    expect(await search("store")).toEqual(["Stores"]);
    expect(await search("box")).toEqual(["Stores"]);
    expect(await search("bag")).toEqual(["Stores"]);
    expect(await search("entrances")).toEqual(["Rug"]);
  });

  it("does not find a short word inside another word", async () => {
    expect(await search("rug")).not.toContain("Terug");
    expect(await search("terug")).toEqual(["Terug"]);
    expect(await search("und")).toEqual([]);
    expect(await search("ant")).toEqual([]);
  });

  it("finds German plurals, compounds by their start, and long words inside compounds", async () => {
    expect(await search("kunden")).toEqual(["Kunde"]);
    expect(await search("kunde")).toEqual(["Kunde"]);
    expect(await search("kundenfreundlich")).toEqual(["Kunde"]);
    expect(await search("kind")).toEqual(["Kinder"]);
    expect(await search("malbuch")).toEqual(["Kinder"]);
    expect(await search("verzögerung")).toEqual(["Lieferung"]);
    expect(await search("Lieferverzögerungen")).toEqual(["Lieferung"]);
  });

  it("finds Dutch plurals in -en and -s", async () => {
    expect(await search("klant")).toEqual(["Klanten"]);
    expect(await search("klanten")).toEqual(["Klanten"]);
    expect(await search("winkel")).toEqual(["Klanten"]);
    expect(await search("winkels")).toEqual(["Klanten"]);
  });

  it("needs every word, in one index or the other", async () => {
    expect(await search("kunde kundenfreundlich")).toEqual(["Kunde"]);
    expect(await search("verzögerung kunde")).toEqual([]);
    expect(await search("verzögerung ärgerlich")).toEqual(["Lieferung"]);
  });

  it("finds the same after the index is rebuilt from the stories", async () => {
    await db.$executeRawUnsafe(`DELETE FROM "StoryWords"`);
    expect(await search("rug")).toEqual([]);
    await rebuildSearchIndex(db);
    expect(await search("rugs")).toEqual(["Rug"]);
  });
});

describe("the light stemmer and highlighting", () => {
  it("takes plural endings off, never below three letters", () => {
    expect(singularForms("rugs")).toEqual(["rug"]);
    expect(singularForms("boxes")).toContain("box");
    expect(singularForms("stories")).toContain("story");
    expect(singularForms("kinder")).toEqual(["kind"]);
    expect(singularForms("klanten")).toEqual(expect.arrayContaining(["klant", "klante"]));
    expect(singularForms("glass")).toEqual([]);
    expect(singularForms("rug")).toEqual([]);
  });

  it("marks what the index found: word starts and singular forms, not the inside of a word", () => {
    const marked = (text: string, term: string) =>
      markTerms(text, [term])
        .filter((segment) => segment.isMatch)
        .map((segment) => segment.text);
    expect(marked("Terug bij de rug", "rug")).toEqual(["rug"]);
    expect(marked("One rug, two rugs", "rugs")).toEqual(["rug", "rugs"]);
    expect(marked("Die Lieferverzögerung", "verzogerung")).toEqual(["verzögerung"]);
  });
});
