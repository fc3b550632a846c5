import { describe, expect, it } from "vitest";
import { setAvatar } from "~/models/photos.server";
import { loader } from "~/routes/people_.$username";
import { action as storyAction } from "~/routes/stories.$id";
import { db } from "~/utils/db.server";
import { createTestPerson, createTestStory, createTestTeam, getPage, postForm, signedInCookie } from "../factories";
import { testPhotoFile } from "../photo-factories";

const open = (username: string, cookie?: string) =>
  getPage(loader, `/people/${username}`, { cookie, params: { username } });

const titles = (cards: { title: string }[]) => cards.map((card) => card.title).sort();

describe("/people/:username, a person's page", () => {
  it("shows their face, name and team, with no counts, ranks or totals", async () => {
    const team = await createTestTeam("Kitchen Planning");
    const person = await createTestPerson({ name: "Ada Lovelace", teamId: team.id });
    await setAvatar(person, await testPhotoFile());
    const viewer = await createTestPerson();
    const page = await open(person.username, await signedInCookie(viewer.id));
    expect(page.status).toBe(200);
    expect(page.body.person).toMatchObject({
      name: "Ada Lovelace",
      username: person.username,
      team: { name: "Kitchen Planning" },
    });
    expect(page.body.person.avatar.files[0].webp).toMatch(/^\/photos\//);
    // The works council's rule: nothing about the person is a number.
    expect(Object.keys(page.body).sort()).toEqual(["credited", "person", "posted"]);
    expect(Object.keys(page.body.person).sort()).toEqual(["avatar", "id", "name", "team", "username"]);
    expect(JSON.stringify(page.body)).not.toMatch(/passwordHash|email|role/);
  });

  it("lists only the stories everyone may see, posted and credited, and not where they removed their name", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    const colleague = await createTestPerson();
    await createTestStory(person, { title: "Posted and visible" });
    await createTestStory(person, { title: "A draft of theirs", status: "draft" });
    const hidden = await createTestStory(person, { title: "Hidden by a manager" });
    await db.story.update({ where: { id: hidden.id }, data: { hiddenAt: new Date() } });
    const deleted = await createTestStory(person, { title: "Deleted" });
    await db.story.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    await createTestStory(colleague, { title: "Names them", people: [person.id] });
    await createTestStory(colleague, { title: "Names them in a draft", people: [person.id], status: "draft" });
    const removed = await createTestStory(colleague, { title: "They removed their name", people: [person.id] });
    await postForm(
      storyAction,
      `/stories/${removed.id}`,
      { intent: "removeMyName" },
      {
        cookie,
        params: { id: removed.id },
      },
    );
    await createTestStory(colleague, { title: "Someone else's story" });

    // The same for the person themselves and for anyone else, whatever their role.
    for (const viewer of [person, await createTestPerson({ role: "admin" })]) {
      const page = await open(person.username, await signedInCookie(viewer.id));
      expect(titles(page.body.posted)).toEqual(["Posted and visible"]);
      expect(titles(page.body.credited)).toEqual(["Names them"]);
    }
  });

  it("is for signed-in people only, and not found for unknown or deactivated people", async () => {
    const person = await createTestPerson();
    expect((await open(person.username)).headers.get("Location")).toBe(
      `/login?redirectTo=%2Fpeople%2F${person.username}`,
    );
    const cookie = await signedInCookie((await createTestPerson()).id);
    expect((await open("nobody-here", cookie)).status).toBe(404);
    expect((await open("../admin", cookie)).status).toBe(404);
    await db.user.update({ where: { id: person.id }, data: { deactivatedAt: new Date() } });
    expect((await open(person.username, cookie)).status).toBe(404);
  });
});
