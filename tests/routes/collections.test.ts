import { beforeAll, describe, expect, it } from "vitest";
import { loader as listLoader } from "~/routes/collections._index";
import { action as newAction, loader as newLoader } from "~/routes/collections.new";
import { loader as pageLoader } from "~/routes/collections.$slug";
import { action as editAction, loader as editLoader } from "~/routes/collections.$slug_.edit";
import { action as addAction, loader as addLoader } from "~/routes/stories.$id_.collections";
import { action as reviewAction, loader as reviewLoader } from "~/routes/collections.review";
import { loader as progressLoader } from "~/routes/collections.progress";
import { db } from "~/utils/db.server";
import {
  createTestOrganisation,
  createTestCollection,
  createTestStories,
  signedInPerson,
} from "../collection-factories";
import { createTestTeam, getPage, postForm } from "../factories";

beforeAll(async () => {
  await createTestOrganisation({ newHireDays: 30 });
});

describe("who may curate", () => {
  it("refuses every curating page and action to an employee (403) and sends anonymous visitors to sign-in", async () => {
    const employee = await signedInPerson("employee");
    const [story] = await createTestStories(1);
    const collection = await createTestCollection({ storyIds: [story!.id] });
    const item = await db.collectionItem.findFirstOrThrow({ where: { collectionId: collection.id } });
    const slug = { params: { slug: collection.slug } };

    const pages = [
      () => getPage(newLoader, "/collections/new", { cookie: employee.cookie }),
      () => getPage(editLoader, `/collections/${collection.slug}/edit`, { cookie: employee.cookie, ...slug }),
      () =>
        getPage(addLoader, `/stories/${story!.id}/collections`, { cookie: employee.cookie, params: { id: story!.id } }),
      () => getPage(reviewLoader, "/collections/review", { cookie: employee.cookie }),
      () => getPage(progressLoader, "/collections/progress", { cookie: employee.cookie }),
    ];
    for (const page of pages) expect((await page()).status).toBe(403);

    const editPath = `/collections/${collection.slug}/edit`;
    const editIntents: Record<string, string>[] = [
      { intent: "details", title: "Taken over", intro: "", audience: "everyone" },
      { intent: "add", storyId: story!.id },
      { intent: "remove", itemId: item.id },
      { intent: "move", itemId: item.id, direction: "down" },
      { intent: "reorder", order: item.id },
      { intent: "item", itemId: item.id, note: "Mine now", reviewAt: "2030-01-01" },
      { intent: "assign", userIds: employee.id },
      { intent: "unassign", userId: employee.id },
      { intent: "delete", confirm: "yes" },
    ];
    for (const fields of editIntents) {
      expect(
        (await postForm(editAction, editPath, fields, { cookie: employee.cookie, ...slug })).status,
        fields.intent,
      ).toBe(403);
    }
    expect(
      (
        await postForm(
          newAction,
          "/collections/new",
          { title: "Mine", intro: "", audience: "everyone" },
          { cookie: employee.cookie },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await postForm(
          addAction,
          `/stories/${story!.id}/collections`,
          { collectionId: collection.id },
          { cookie: employee.cookie, params: { id: story!.id } },
        )
      ).status,
    ).toBe(403);
    for (const intent of ["keep", "remove"]) {
      expect(
        (await postForm(reviewAction, "/collections/review", { intent, itemId: item.id }, { cookie: employee.cookie }))
          .status,
      ).toBe(403);
    }
    expect(
      (
        await postForm(
          reviewAction,
          "/collections/review",
          { intent: "replace", itemId: item.id, storyId: story!.id },
          { cookie: employee.cookie },
        )
      ).status,
    ).toBe(403);

    // Nothing changed.
    expect(await db.collection.findUniqueOrThrow({ where: { id: collection.id } })).toMatchObject({
      title: collection.title,
    });
    expect(await db.collectionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      note: "",
      position: 0,
    });
    expect(await db.collectionAssignment.count()).toBe(0);
    expect(await db.collection.count({ where: { title: "Mine" } })).toBe(0);

    const anonymous = await getPage(newLoader, "/collections/new");
    expect(anonymous.headers.get("Location")).toBe("/login?redirectTo=%2Fcollections%2Fnew");
    expect((await postForm(editAction, editPath, { intent: "delete", confirm: "yes" }, slug)).status).toBe(302);
    expect(await db.collection.count({ where: { id: collection.id } })).toBe(1);
  });
});

describe("creating and deleting a collection", () => {
  it("lets managers and admins create one with a unique slug, a safe introduction and an audit entry", async () => {
    for (const role of ["manager", "admin"] as const) {
      const manager = await signedInPerson(role);
      const result = await postForm(
        newAction,
        "/collections/new",
        {
          title: "Week 1: Surprisingly personal",
          intro: "Look for the **small** things. <script>alert(1)</script>",
          audience: "newHires",
        },
        { cookie: manager.cookie },
      );
      expect(result.status).toBe(302);
      const collection = await db.collection.findFirstOrThrow({ where: { createdById: manager.id } });
      expect(result.headers.get("Location")).toBe(`/collections/${collection.slug}/edit`);
      expect(collection).toMatchObject({
        audience: "newHires",
        introMarkdown: "Look for the **small** things. <script>alert(1)</script>",
      });
      expect(collection.introHtml).toContain("<strong>small</strong>");
      expect(collection.introHtml).not.toContain("<script");
      expect(
        await db.auditLog.count({
          where: {
            actorId: manager.id,
            action: "collection.create",
            targetType: "collection",
            targetId: collection.id,
          },
        }),
      ).toBe(1);
    }
    const slugs = (
      await db.collection.findMany({ where: { title: "Week 1: Surprisingly personal" }, orderBy: { createdAt: "asc" } })
    ).map((row) => row.slug);
    expect(slugs).toEqual(["week-1-surprisingly-personal", "week-1-surprisingly-personal-2"]);
  });

  it("never gives a collection a slug that is a page of its own", async () => {
    const manager = await signedInPerson("manager");
    await postForm(
      newAction,
      "/collections/new",
      { title: "Review", intro: "", audience: "everyone" },
      { cookie: manager.cookie },
    );
    expect((await db.collection.findFirstOrThrow({ where: { title: "Review" } })).slug).toBe("review-2");
  });

  it("keeps what was typed and says what is wrong", async () => {
    const manager = await signedInPerson("manager");
    const noTeams = await postForm(
      newAction,
      "/collections/new",
      { title: "For the stores", intro: "Intro kept", audience: "teams" },
      { cookie: manager.cookie },
    );
    expect(noTeams.status).toBe(400);
    expect(noTeams.body).toMatchObject({
      fieldErrors: { teams: ["collections.errors.teamsRequired"] },
      values: { title: "For the stores", intro: "Intro kept" },
    });
    const forgedTeam = await postForm(
      newAction,
      "/collections/new",
      { title: "For the stores", intro: "", audience: "teams", teams: "no-such-team" },
      { cookie: manager.cookie },
    );
    expect(forgedTeam.body).toMatchObject({
      fieldErrors: { teams: ["errors.invalid"] },
      values: { title: "For the stores", teams: "no-such-team" },
    });
    const noTitle = await postForm(
      newAction,
      "/collections/new",
      { title: " ", intro: "", audience: "everyone" },
      { cookie: manager.cookie },
    );
    expect(noTitle.body).toMatchObject({ fieldErrors: { title: ["errors.required"] } });
    expect(await db.collection.count({ where: { title: "For the stores" } })).toBe(0);

    const team = await createTestTeam();
    const ok = await postForm(
      newAction,
      "/collections/new",
      { title: "For the stores", intro: "", audience: "teams", teams: team.id },
      { cookie: manager.cookie },
    );
    expect(ok.status).toBe(302);
    const created = await db.collection.findFirstOrThrow({
      where: { title: "For the stores" },
      include: { teams: true },
    });
    expect(created.teams.map((row) => row.teamId)).toEqual([team.id]);
  });

  it("deletes only when confirmed, and audits it", async () => {
    const manager = await signedInPerson("manager");
    const collection = await createTestCollection({ storyIds: (await createTestStories(2)).map((story) => story.id) });
    const at = { cookie: manager.cookie, params: { slug: collection.slug } };
    const unconfirmed = await postForm(editAction, "/", { intent: "delete" }, at);
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.fieldErrors.confirm).toEqual(["collections.errors.confirmDelete"]);
    const deleted = await postForm(editAction, "/", { intent: "delete", confirm: "yes" }, at);
    expect(deleted.headers.get("Location")).toBe("/collections");
    expect(await db.collection.count({ where: { id: collection.id } })).toBe(0);
    expect(await db.collectionItem.count({ where: { collectionId: collection.id } })).toBe(0);
    expect(
      await db.auditLog.count({
        where: { actorId: manager.id, action: "collection.delete", targetType: "collection", targetId: collection.id },
      }),
    ).toBe(1);
  });
});

describe("/collections: who sees which", () => {
  it("follows the audience: everyone, the person's team, new hires within N days, assignments; managers see all", async () => {
    const store = await createTestTeam();
    const office = await createTestTeam();
    const stories = await createTestStories(2);
    const forEveryone = await createTestCollection({
      title: "For everyone",
      storyIds: stories.map((story) => story.id),
    });
    const forStore = await createTestCollection({ title: "For the store", audience: "teams", teamIds: [store.id] });
    const forOffice = await createTestCollection({ title: "For the office", audience: "teams", teamIds: [office.id] });
    const forNewHires = await createTestCollection({ title: "For new hires", audience: "newHires" });
    const veteran = await signedInPerson("employee", { teamId: store.id, joinedDaysAgo: 31 });
    const newHire = await signedInPerson("employee", { teamId: office.id, joinedDaysAgo: 29 });
    const assigned = await createTestCollection({
      title: "Assigned to the veteran",
      audience: "teams",
      assignedTo: [veteran.id],
    });
    const manager = await signedInPerson("manager", { teamId: office.id });

    const titles = async (cookie: string) => {
      const page = await getPage(listLoader, "/collections", { cookie });
      expect(page.status).toBe(200);
      return page.body.collections
        .map((collection: { title: string }) => collection.title)
        .filter((title: string) =>
          ["For everyone", "For the store", "For the office", "For new hires", "Assigned to the veteran"].includes(
            title,
          ),
        );
    };
    expect(await titles(veteran.cookie)).toEqual(["Assigned to the veteran", "For everyone", "For the store"]);
    expect(await titles(newHire.cookie)).toEqual(["For everyone", "For new hires", "For the office"]);
    expect(await titles(manager.cookie)).toEqual([
      "Assigned to the veteran",
      "For everyone",
      "For new hires",
      "For the office",
      "For the store",
    ]);

    const list = await getPage(listLoader, "/collections", { cookie: veteran.cookie });
    expect(
      list.body.collections.find((collection: { title: string }) => collection.title === "For everyone"),
    ).toMatchObject({ progress: { read: 0, total: 2 }, isAssigned: false });
    expect(list.body.hasWelcomePage).toBe(true);

    // The pages follow the same rules: a collection that is not for you is not found.
    const open = (slug: string, cookie: string) =>
      getPage(pageLoader, `/collections/${slug}`, { cookie, params: { slug } });
    expect((await open(forStore.slug, veteran.cookie)).status).toBe(200);
    expect((await open(forOffice.slug, veteran.cookie)).status).toBe(404);
    expect((await open(forNewHires.slug, veteran.cookie)).status).toBe(404);
    expect((await open(assigned.slug, veteran.cookie)).status).toBe(200);
    expect((await open(forNewHires.slug, newHire.cookie)).status).toBe(200);
    expect((await open(forEveryone.slug, newHire.cookie)).status).toBe(200);
    expect((await open(forStore.slug, manager.cookie)).status).toBe(200);
    expect((await open("no-such-collection", manager.cookie)).status).toBe(404);
  });
});

describe("/collections/:slug", () => {
  it("leaves hidden, deleted and unpublished stories out for employees and out of progress; managers see them marked", async () => {
    const stories = await createTestStories(4, "Page story");
    const [shown, hidden, deleted, later] = stories;
    const collection = await createTestCollection({ storyIds: stories.map((story) => story.id) });
    await db.story.update({ where: { id: hidden!.id }, data: { hiddenAt: new Date(), hiddenReason: "Customer data" } });
    await db.story.update({ where: { id: deleted!.id }, data: { deletedAt: new Date() } });
    await db.story.update({ where: { id: later!.id }, data: { status: "draft" } });
    const employee = await signedInPerson();
    await db.storyRead.createMany({ data: stories.map((story) => ({ userId: employee.id, storyId: story.id })) });

    const page = await getPage(pageLoader, "/", { cookie: employee.cookie, params: { slug: collection.slug } });
    expect(page.body.items.map((item: { story: { id: string } }) => item.story.id)).toEqual([shown!.id]);
    expect(page.body.progress).toEqual({ read: 1, total: 1 });
    expect(page.body.isFinished).toBe(true);
    expect(page.body.collection.introHtml).toContain("<em>first</em>");
    expect(JSON.stringify(page.body)).not.toMatch(/Customer data|hiddenAt|deletedAt/);

    const manager = await signedInPerson("manager");
    const managerPage = await getPage(pageLoader, "/", { cookie: manager.cookie, params: { slug: collection.slug } });
    expect(managerPage.body.items.map((item: { isAvailable: boolean }) => item.isAvailable)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(managerPage.body.progress).toEqual({ read: 0, total: 1 });
  });
});
