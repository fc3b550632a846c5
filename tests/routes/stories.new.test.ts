import { listValue } from "~/utils/forms";
import { describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { action, loader } from "~/routes/stories.new";
import { db } from "~/utils/db.server";
import { readFlash } from "~/utils/flash.server";
import {
  BASE_URL,
  createTestPerson,
  createTestTeam,
  createTestValue,
  getPage,
  postForm,
  signedInCookie,
} from "../factories";

async function author(role: Role = "employee") {
  const team = await createTestTeam();
  const person = await createTestPerson({ role, teamId: team.id });
  return { person, team, cookie: await signedInCookie(person.id) };
}

async function flashOf(result: { headers: Headers }) {
  const cookie = result.headers.get("Set-Cookie")?.split(";")[0] ?? "";
  return (await readFlash(new Request(BASE_URL, { headers: { Cookie: cookie } }))).message;
}

describe("/stories/new", () => {
  it("marks a person's first published story as a moment, and only the first", async () => {
    const { cookie } = await author();
    const value = await createTestValue();
    const story = (title: string, intent = "publish") =>
      postForm(
        action,
        "/stories/new",
        { intent, title, body: "She called back at once.", language: "en", values: value.id, dimensions: "latitude" },
        { cookie },
      );
    expect(await flashOf(await story("A draft first", "draft"))).toBe("composer.draftSaved");
    expect(await flashOf(await story("The first one out"))).toEqual({
      key: "composer.published",
      values: { moment: "firstStory" },
    });
    expect(await flashOf(await story("The second one"))).toBe("composer.published");
  });

  it("sends anonymous visitors to sign-in, for the page and the action", async () => {
    const page = await getPage(loader, "/stories/new");
    expect(page.headers.get("Location")).toBe("/login?redirectTo=%2Fstories%2Fnew");
    const posted = await postForm(action, "/stories/new", { intent: "publish", title: "Sneaky" });
    expect(posted.status).toBe(302);
    expect(await db.story.count({ where: { title: "Sneaky" } })).toBe(0);
  });

  it.each<Role>(["employee", "manager", "admin"])(
    "lets a %s publish a story with values, dimensions and a colleague, who is told",
    async (role) => {
      const { person, team, cookie } = await author(role);
      const colleague = await createTestPerson();
      const [kind, honest] = [await createTestValue(), await createTestValue()];
      const result = await postForm(
        action,
        "/stories/new",
        {
          intent: "publish",
          title: "  Carried the sofa up five floors  ",
          body: "She **measured** the stairwell first.",
          language: "en",
          values: [kind.id, honest.id],
          dimensions: ["latitude"],
          people: colleague.id,
          customerQuote: "You made moving day easy.",
          whatHelped: "A spare strap",
          gotInTheWay: "",
        },
        { cookie },
      );
      expect(result.status).toBe(302);
      const story = await db.story.findFirstOrThrow({
        where: { authorId: person.id },
        include: { values: true, dimensions: true, people: true },
      });
      expect(result.headers.get("Location")).toBe(`/stories/${story.id}`);
      expect(story).toMatchObject({
        title: "Carried the sofa up five floors",
        status: "published",
        teamId: team.id,
        customerQuote: "You made moving day easy.",
      });
      expect(story.bodyHtml.trim()).toBe("<p>She <strong>measured</strong> the stairwell first.</p>");
      expect(story.publishedAt).toBeInstanceOf(Date);
      expect(story.values.map((value) => value.valueId).sort()).toEqual([kind.id, honest.id].sort());
      expect(story.dimensions.map((row) => row.dimension)).toEqual(["latitude"]);
      expect(story.people.map((row) => row.userId)).toEqual([colleague.id]);
      expect(
        await db.notification.findMany({
          where: { userId: colleague.id },
          select: { type: true, storyId: true, actorId: true },
        }),
      ).toEqual([{ type: "mention", storyId: story.id, actorId: person.id }]);
    },
  );

  it("turns the guided prompts into sections of the body, headed in the story's language", async () => {
    const { person, cookie } = await author();
    const value = await createTestValue();
    await postForm(
      action,
      "/stories/new",
      {
        intent: "publish",
        title: "Prompts",
        language: "de",
        values: value.id,
        situation: "Regen.",
        whatWasDone: "Schirm geliehen.",
        result: "Trocken.",
      },
      { cookie },
    );
    const story = await db.story.findFirstOrThrow({ where: { authorId: person.id } });
    expect(story.bodyMarkdown).toBe(
      "## Die Situation\n\nRegen.\n\n## Was getan wurde\n\nSchirm geliehen.\n\n## Das Ergebnis\n\nTrocken.",
    );
    expect(story.bodyHtml).toContain("<h3>Die Situation</h3>");
  });

  it("keeps everything typed when publishing fails, with a message per field", async () => {
    const { person, cookie } = await author();
    const values = await Promise.all([1, 2, 3, 4].map(() => createTestValue()));
    const typed = {
      intent: "publish",
      title: "A title worth keeping",
      body: "",
      language: "nl",
      values: values.map((value) => value.id),
      dimensions: ["latitude", "competence", "equipment", "feedback"],
      customerQuote: "Quote kept",
      whatHelped: "Helped kept",
      gotInTheWay: "In the way kept",
    };
    const result = await postForm(action, "/stories/new", typed, { cookie });
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors).toEqual({
      body: ["stories.errors.bodyRequired"],
      values: ["stories.errors.valuesRange"],
      dimensions: ["stories.errors.dimensionsRange"],
    });
    expect(result.body.values).toMatchObject({
      title: "A title worth keeping",
      language: "nl",
      customerQuote: "Quote kept",
      whatHelped: "Helped kept",
      gotInTheWay: "In the way kept",
    });
    expect(listValue(result.body.values, "values")).toEqual(typed.values);
    expect(listValue(result.body.values, "dimensions")).toEqual(typed.dimensions);
    expect(await db.story.count({ where: { authorId: person.id } })).toBe(0);
  });

  it("asks for at least one value before publishing, but saves a draft with only a title", async () => {
    const { person, cookie } = await author();
    const missing = await postForm(
      action,
      "/stories/new",
      { intent: "publish", title: "Half", body: "Some words", language: "en" },
      { cookie },
    );
    expect(missing.body.fieldErrors).toEqual({ values: ["stories.errors.valuesRange"] });
    const draft = await postForm(
      action,
      "/stories/new",
      { intent: "draft", title: "Half", body: "", language: "en" },
      { cookie },
    );
    expect(draft.headers.get("Location")).toBe("/stories/mine");
    expect(await db.story.findFirstOrThrow({ where: { authorId: person.id } })).toMatchObject({
      status: "draft",
      publishedAt: null,
    });
  });

  it("saves a draft sent as the person leaves (in place) without a message, answering with the draft's own page", async () => {
    const { person, cookie } = await author();
    const left = await postForm(
      action,
      "/stories/new",
      { intent: "draft", title: "Typed on the bus", body: "Half a sentence", language: "en", inPlace: "1" },
      { cookie },
    );
    const draft = await db.story.findFirstOrThrow({ where: { authorId: person.id } });
    expect(draft).toMatchObject({ status: "draft", title: "Typed on the bus" });
    expect(left.headers.get("Location")).toBe(`/stories/${draft.id}/edit`);
    expect(left.headers.get("Set-Cookie")).toBeNull();
  });

  it("does not notify anyone named in a draft", async () => {
    const { cookie } = await author();
    const colleague = await createTestPerson();
    await postForm(
      action,
      "/stories/new",
      { intent: "draft", title: "Later", language: "en", people: colleague.id },
      { cookie },
    );
    expect(await db.notification.count({ where: { userId: colleague.id } })).toBe(0);
  });

  it("refuses forged or archived values, unknown people and naming oneself, keeping the input", async () => {
    const { person, cookie } = await author();
    const archived = await createTestValue({ archived: true });
    const fields = { intent: "publish", title: "Forged", body: "Body", language: "en" };
    const forged = await postForm(
      action,
      "/stories/new",
      { ...fields, values: "not-a-value", people: "not-a-person" },
      { cookie },
    );
    expect(forged.status).toBe(400);
    expect(forged.body.fieldErrors).toEqual({ values: ["errors.invalid"], people: ["errors.invalid"] });
    expect(forged.body.values.title).toBe("Forged");
    const stale = await postForm(
      action,
      "/stories/new",
      { ...fields, values: archived.id, people: person.id },
      { cookie },
    );
    expect(stale.body.fieldErrors).toEqual({ values: ["errors.invalid"], people: ["errors.invalid"] });
    const wrongEnum = await postForm(
      action,
      "/stories/new",
      { ...fields, values: archived.id, dimensions: "happiness", language: "fr" },
      { cookie },
    );
    expect(wrongEnum.body.fieldErrors).toMatchObject({ dimensions: ["errors.invalid"], language: ["errors.invalid"] });
    expect(await db.story.count({ where: { authorId: person.id } })).toBe(0);
  });

  it("previews with the same renderer, saving nothing, and renders hostile Markdown harmless", async () => {
    const { person, cookie } = await author();
    const result = await postForm(
      action,
      "/stories/new",
      {
        intent: "preview",
        title: "Preview",
        language: "en",
        body: "Hi <script>alert(1)</script> [x](javascript:alert(1)) **bold**",
      },
      { cookie },
    );
    expect(result.status).toBe(200);
    expect(result.body.preview).toContain("<strong>bold</strong>");
    expect(result.body.preview).not.toMatch(/<script|javascript:/i);
    expect(result.body.values.body).toContain("<script>");
    expect(await db.story.count({ where: { authorId: person.id } })).toBe(0);
  });

  it("refuses an oversized title with a message, not a crash", async () => {
    const { cookie } = await author();
    const result = await postForm(
      action,
      "/stories/new",
      { intent: "draft", title: "x".repeat(141), language: "en" },
      { cookie },
    );
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors.title).toEqual(["errors.tooLong#140"]);
  });

  it("offers active values and colleagues, never the author themself or deactivated people", async () => {
    const { person, cookie } = await author();
    const archived = await createTestValue({ archived: true });
    const gone = await db.user.update({
      where: { id: (await createTestPerson()).id },
      data: { deactivatedAt: new Date() },
    });
    const page = await getPage(loader, "/stories/new", { cookie });
    const peopleIds = page.body.options.people.map((option: { id: string }) => option.id);
    expect(peopleIds).not.toContain(person.id);
    expect(peopleIds).not.toContain(gone.id);
    expect(page.body.options.values.map((option: { id: string }) => option.id)).not.toContain(archived.id);
    expect(JSON.stringify(page.body)).not.toContain("passwordHash");
  });

  it("offers the author's own team, not the whole organisation", async () => {
    const { person, team, cookie } = await author();
    const teammate = await createTestPerson({ teamId: team.id });
    const elsewhere = await createTestPerson({ teamId: (await createTestTeam()).id });
    const page = await getPage(loader, "/stories/new", { cookie });
    const peopleIds = page.body.options.people.map((option: { id: string }) => option.id);
    expect(peopleIds).toContain(teammate.id);
    expect(peopleIds).not.toContain(elsewhere.id);
    expect(peopleIds).not.toContain(person.id);
  });

  it("finds people from other teams without JavaScript, keeping what was typed and who was chosen", async () => {
    const { person, cookie } = await author();
    const found = await createTestPerson({ name: "Zoë Yılmaz", teamId: (await createTestTeam()).id });
    const chosen = await createTestPerson({ name: "Chosen Earlier", teamId: (await createTestTeam()).id });
    const typed = {
      intent: "findPeople",
      peopleQuery: "zoe yilmaz",
      title: "Half-typed title",
      body: "Half a story",
      language: "en",
      people: [chosen.id],
    };
    const result = await postForm(action, "/stories/new", typed, { cookie });
    expect(result.status).toBe(200);
    expect(result.body.peopleFound.map((option: { name: string }) => option.name)).toEqual(["Zoë Yılmaz"]);
    // The list now offers the person found and still offers (and keeps chosen) the earlier choice.
    expect(result.body.peopleOptions.map((option: { id: string }) => option.id)).toEqual(
      expect.arrayContaining([found.id, chosen.id]),
    );
    expect(listValue(result.body.values, "people")).toEqual([chosen.id]);
    expect(result.body.values).toMatchObject({
      title: "Half-typed title",
      body: "Half a story",
      peopleQuery: "zoe yilmaz",
    });
    expect(await db.story.count({ where: { authorId: person.id } })).toBe(0);

    const nothing = await postForm(action, "/stories/new", { ...typed, peopleQuery: "" }, { cookie });
    expect(nothing.status).toBe(200);
    expect(nothing.body.peopleFound).toBeUndefined();
  });

  it("lists a person found who is also chosen or a teammate only once", async () => {
    const { team, cookie } = await author();
    const teammate = await createTestPerson({ name: "Onlyonce Teammate", teamId: team.id });
    const result = await postForm(
      action,
      "/stories/new",
      { intent: "findPeople", peopleQuery: "onlyonce", title: "", language: "en", people: [teammate.id] },
      { cookie },
    );
    expect(result.body.peopleFound.map((option: { id: string }) => option.id)).toEqual([teammate.id]);
    expect(result.body.peopleOptions.filter((option: { id: string }) => option.id === teammate.id)).toHaveLength(1);
  });

  it("keeps people from other teams on offer when a forged value is refused", async () => {
    const { cookie } = await author();
    const elsewhere = await createTestPerson({ teamId: (await createTestTeam()).id });
    const result = await postForm(
      action,
      "/stories/new",
      { intent: "publish", title: "T", body: "B", language: "en", values: ["forged-value"], people: [elsewhere.id] },
      { cookie },
    );
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors.values).toBeDefined();
    expect(result.body.peopleOptions.map((option: { id: string }) => option.id)).toContain(elsewhere.id);
  });
});
