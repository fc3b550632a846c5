import { beforeAll, describe, expect, it } from "vitest";
import { loader } from "~/routes/collections.progress";
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
  await createTestOrganisation({ newHireDays: 60 });
});

type Row = { name: string; collections: { title: string; progress: { read: number; total: number } }[] };

describe("/collections/progress", () => {
  it("shows a manager the new hires of their own team only, each with the collections meant for them; admins see every team; employees get 403", async () => {
    const store = await createTestTeam();
    const office = await createTestTeam();
    const [one, two, three] = await createTestStories(3, "Progress");
    const onboarding = await createTestCollection({
      title: "Onboarding",
      audience: "newHires",
      storyIds: [one!.id, two!.id, three!.id],
    });
    const storeNew = await signedInPerson("employee", { teamId: store.id, joinedDaysAgo: 10, name: "Store Newcomer" });
    const storeOld = await signedInPerson("employee", { teamId: store.id, joinedDaysAgo: 61, name: "Store Veteran" });
    const officeNew = await signedInPerson("employee", {
      teamId: office.id,
      joinedDaysAgo: 5,
      name: "Office Newcomer",
    });
    const extra = await createTestCollection({
      title: "Extra reading",
      audience: "teams",
      storyIds: [one!.id],
      assignedTo: [storeNew.id],
    });
    await createTestCollection({ title: "For everyone", storyIds: [one!.id] });
    await markRead(storeNew.id, one!.id);
    await markRead(storeNew.id, two!.id);
    // A hidden story counts for nobody.
    await db.story.update({ where: { id: three!.id }, data: { hiddenAt: new Date() } });

    const storeManager = await signedInPerson("manager", { teamId: store.id });
    const page = await getPage(loader, "/collections/progress", { cookie: storeManager.cookie });
    expect(page.status).toBe(200);
    expect(page.body.people.map((person: Row) => person.name)).toEqual(["Store Newcomer"]);
    expect(page.body.people[0].collections).toEqual([
      { slug: extra.slug, title: "Extra reading", progress: { read: 1, total: 1 } },
      { slug: onboarding.slug, title: "Onboarding", progress: { read: 2, total: 2 } },
    ]);
    expect(JSON.stringify(page.body)).not.toMatch(new RegExp(`${officeNew.id}|${storeOld.id}|passwordHash`));

    const officeManager = await signedInPerson("manager", { teamId: office.id });
    const officePage = await getPage(loader, "/collections/progress", { cookie: officeManager.cookie });
    expect(
      officePage.body.people.map((person: Row) => [
        person.name,
        person.collections.map((collection) => collection.progress),
      ]),
    ).toEqual([["Office Newcomer", [{ read: 0, total: 2 }]]]);

    const teamless = await signedInPerson("manager", { teamId: null });
    expect((await getPage(loader, "/collections/progress", { cookie: teamless.cookie })).body.people).toEqual([]);

    const admin = await signedInPerson("admin", { teamId: office.id });
    const names = (await getPage(loader, "/collections/progress", { cookie: admin.cookie })).body.people.map(
      (person: Row) => person.name,
    );
    expect(names).toEqual(expect.arrayContaining(["Store Newcomer", "Office Newcomer"]));
    expect(names).not.toContain("Store Veteran");

    expect((await getPage(loader, "/collections/progress", { cookie: storeNew.cookie })).status).toBe(403);
  });
});
