import { describe, expect, it } from "vitest";
import { getOrganisation } from "~/models/organisation.server";
import { action, loader } from "~/routes/admin.organisation";
import { db } from "~/utils/db.server";
import { personWithCookie } from "../admin-factories";
import { getPage, postForm } from "../factories";

describe("/admin/organisation", () => {
  it("saves the name, brand promise, default language, country and new-hire window", async () => {
    await db.organisation.create({ data: { name: "Möbel Nord" } });
    const admin = await personWithCookie("admin");
    const saved = await postForm(
      action,
      "/admin/organisation",
      {
        name: " Möbel Nord & Co ",
        brandPromise: "Surprisingly personal",
        defaultLanguage: "de",
        region: "AT",
        newHireDays: "60",
      },
      { cookie: admin.cookie },
    );
    expect(saved.status).toBe(302);
    expect(await getOrganisation()).toMatchObject({
      name: "Möbel Nord & Co",
      brandPromise: "Surprisingly personal",
      defaultLanguage: "de",
      region: "AT",
      newHireDays: 60,
    });
    expect(await db.organisation.count()).toBe(1);
    expect((await getPage(loader, "/admin/organisation", { cookie: admin.cookie })).body.organisation).toMatchObject({
      name: "Möbel Nord & Co",
      region: "AT",
      newHireDays: "60",
    });
  });

  it.each([["0"], ["366"], ["2.5"], ["many"]])(
    "refuses a new-hire window of %s (and an unknown language and country) and keeps what was typed",
    async (days) => {
      const admin = await personWithCookie("admin");
      const before = await getOrganisation();
      const failed = await postForm(
        action,
        "/admin/organisation",
        { name: "Kept name", brandPromise: "Kept promise", defaultLanguage: "fr", region: "XX", newHireDays: days },
        { cookie: admin.cookie },
      );
      expect(failed.status).toBe(400);
      expect(failed.body).toMatchObject({
        fieldErrors: {
          newHireDays: ["admin.organisation.newHireDaysRange"],
          defaultLanguage: ["errors.invalid"],
          region: ["errors.invalid"],
        },
        values: { name: "Kept name", brandPromise: "Kept promise", newHireDays: days },
      });
      expect(await getOrganisation()).toEqual(before);
    },
  );
});
