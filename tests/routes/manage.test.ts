import { describe, expect, it } from "vitest";
import { loader } from "~/routes/manage";
import { db } from "~/utils/db.server";
import { createTestCollection, createTestStories, daysAgo, signedInPerson } from "../collection-factories";
import { getPage } from "../factories";

describe("/manage", () => {
  it("counts what waits for a manager: open reports and collection stories due for review", async () => {
    const [reported, due] = await createTestStories(2, "Manage counts");
    await createTestCollection({ storyIds: [due!.id], reviewAt: daysAgo(1) });
    const manager = await signedInPerson("manager");
    const before = (await getPage(loader, "/manage", { cookie: manager.cookie })).body;

    await db.report.create({ data: { storyId: reported!.id, reporterId: manager.id, reason: "Not ours" } });
    await createTestCollection({ storyIds: [reported!.id], reviewAt: daysAgo(2) });
    const page = await getPage(loader, "/manage", { cookie: manager.cookie });
    expect(page.status).toBe(200);
    expect(page.body).toEqual({ reports: before.reports + 1, reviews: before.reviews + 1, isAdmin: false });
  });

  it("leads an admin to the administration too", async () => {
    const admin = await signedInPerson("admin");
    expect((await getPage(loader, "/manage", { cookie: admin.cookie })).body.isAdmin).toBe(true);
  });
});
