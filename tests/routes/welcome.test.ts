import { beforeAll, describe, expect, it } from "vitest";
import { loader } from "~/routes/welcome";
import { db } from "~/utils/db.server";
import {
  createTestCollection,
  createTestOrganisation,
  createTestStories,
  markRead,
  signedInPerson,
} from "../collection-factories";
import { createTestTeam, getPage } from "../factories";

beforeAll(async () => {
  await createTestOrganisation({ newHireDays: 30, brandPromise: "We stay until it feels right." });
});

type Shown = {
  title: string;
  isAssigned: boolean;
  isFinished: boolean;
  progress: { read: number; total: number };
  nextStory: { id: string } | null;
};

describe("/welcome", () => {
  it("shows a new hire the brand promise, the new-hire collections with progress and the next story to read", async () => {
    const team = await createTestTeam();
    const [first, second, hidden] = await createTestStories(3, "Welcome");
    await db.story.update({ where: { id: hidden!.id }, data: { hiddenAt: new Date() } });
    await createTestCollection({
      title: "Week 1",
      audience: "newHires",
      storyIds: [hidden!.id, first!.id, second!.id],
    });
    await createTestCollection({ title: "Week 2", audience: "newHires", storyIds: [second!.id] });
    await createTestCollection({ title: "For the team", audience: "teams", teamIds: [team.id], storyIds: [first!.id] });
    await createTestCollection({ title: "For everyone", storyIds: [first!.id] });
    const newHire = await signedInPerson("employee", { teamId: team.id, joinedDaysAgo: 29 });

    const page = await getPage(loader, "/welcome", { cookie: newHire.cookie });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ brandPromise: "We stay until it feels right.", isNewHire: true, daysLeft: 1 });
    expect(
      page.body.collections.map((collection: Shown) => [
        collection.title,
        collection.progress,
        collection.nextStory?.id,
      ]),
    ).toEqual([
      ["Week 1", { read: 0, total: 2 }, first!.id],
      ["Week 2", { read: 0, total: 1 }, second!.id],
    ]);
    expect(page.body.next).toMatchObject({ story: { id: first!.id }, collection: { title: "Week 1" } });

    await markRead(newHire.id, first!.id);
    await markRead(newHire.id, second!.id);
    const done = await getPage(loader, "/welcome", { cookie: newHire.cookie });
    expect(
      done.body.collections.map((collection: Shown) => [collection.title, collection.isFinished, collection.nextStory]),
    ).toEqual([
      ["Week 1", true, null],
      ["Week 2", true, null],
    ]);
    expect(done.body.next).toBeNull();
  });

  it("shows others only what was assigned to them, never the new-hire collections", async () => {
    const [story] = await createTestStories(1, "Assigned");
    const veteran = await signedInPerson("employee", { joinedDaysAgo: 31 });
    await createTestCollection({
      title: "Refresher",
      audience: "teams",
      storyIds: [story!.id],
      assignedTo: [veteran.id],
    });
    await createTestCollection({ title: "New hires only", audience: "newHires", storyIds: [story!.id] });

    const page = await getPage(loader, "/welcome", { cookie: veteran.cookie });
    expect(page.body).toMatchObject({ isNewHire: false, daysLeft: null });
    expect(page.body.collections.map((collection: Shown) => [collection.title, collection.isAssigned])).toEqual([
      ["Refresher", true],
    ]);

    const other = await signedInPerson("manager", { joinedDaysAgo: 400 });
    expect((await getPage(loader, "/welcome", { cookie: other.cookie })).body.collections).toEqual([]);
    expect((await getPage(loader, "/welcome")).headers.get("Location")).toBe("/login?redirectTo=%2Fwelcome");
  });

  it("lists what was assigned to the new hire first, and takes the next story from it", async () => {
    const [early, assigned] = await createTestStories(2, "Order");
    // "Aardvark" would come first by title; the assignment still goes ahead of it.
    await createTestCollection({ title: "Aardvark basics", audience: "newHires", storyIds: [early!.id] });
    const newHire = await signedInPerson("employee", { joinedDaysAgo: 2 });
    await createTestCollection({
      title: "Zeebrugge store tour",
      audience: "teams",
      storyIds: [assigned!.id],
      assignedTo: [newHire.id],
    });

    const page = await getPage(loader, "/welcome", { cookie: newHire.cookie });
    const titles = page.body.collections.map((collection: Shown) => [collection.title, collection.isAssigned]);
    expect(titles[0]).toEqual(["Zeebrugge store tour", true]);
    expect(titles).toContainEqual(["Aardvark basics", false]);
    expect(page.body.next).toMatchObject({
      story: { id: assigned!.id },
      collection: { title: "Zeebrugge store tour" },
    });
  });
});
