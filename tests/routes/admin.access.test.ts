import { describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import * as hub from "~/routes/admin._index";
import * as organisation from "~/routes/admin.organisation";
import * as people from "~/routes/admin.people";
import * as poster from "~/routes/admin.teams_.$slug.poster";
import * as teams from "~/routes/admin.teams";
import * as values from "~/routes/admin.values";
import { db } from "~/utils/db.server";
import { adminStateSnapshot, personWithCookie } from "../admin-factories";
import { createTestTeam, createTestValue, getPage, postForm } from "../factories";

async function everyAdminAction() {
  const value = await createTestValue();
  await createTestValue();
  const team = await createTestTeam();
  const target = await personWithCookie("employee", team.id);
  await db.organisation.create({ data: { name: "Möbel Nord", brandPromise: "Surprisingly personal" } });
  return {
    team,
    target,
    posts: [
      [
        values.action,
        "/admin/values",
        { intent: "create", name: "Owned", explanation: "We finish what we start.", colour: "#112233", kind: "core" },
      ],
      [
        values.action,
        "/admin/values",
        {
          intent: "update",
          valueId: value.id,
          name: "Renamed",
          explanation: "Changed.",
          colour: "#112233",
          kind: "core",
        },
      ],
      [values.action, "/admin/values", { intent: "move", valueId: value.id, direction: "down" }],
      [values.action, "/admin/values", { intent: "archive", valueId: value.id }],
      [teams.action, "/admin/teams", { intent: "create", name: "Lager" }],
      [teams.action, "/admin/teams", { intent: "rename", teamId: team.id, name: "Kasse" }],
      [teams.action, "/admin/teams", { intent: "newCode", teamId: team.id }],
      [people.action, "/admin/people", { intent: "role", personId: target.id, role: "admin" }],
      [people.action, "/admin/people", { intent: "team", personId: target.id, teamId: "" }],
      [people.action, "/admin/people", { intent: "deactivate", personId: target.id }],
      [people.action, "/admin/people", { intent: "reset", personId: target.id }],
      [
        organisation.action,
        "/admin/organisation",
        { name: "Taken over", brandPromise: "", defaultLanguage: "de", newHireDays: "5" },
      ],
    ] as const,
  };
}

describe("the admin pages", () => {
  it.each<Role>(["employee", "manager"])(
    "answer 403 to a %s for every page and every action, and change nothing",
    async (role) => {
      const { team, target, posts } = await everyAdminAction();
      const intruder = await personWithCookie(role);
      for (const [loader, path, params] of [
        [hub.loader, "/admin", {}],
        [values.loader, "/admin/values", {}],
        [teams.loader, "/admin/teams", {}],
        [poster.loader, `/admin/teams/${team.slug}/poster`, { slug: team.slug }],
        [people.loader, "/admin/people?q=person", {}],
        [organisation.loader, "/admin/organisation", {}],
      ] as const) {
        const page = await getPage(loader, path, { cookie: intruder.cookie, params });
        expect(page.status, path).toBe(403);
        expect(JSON.stringify(page.body)).not.toContain(team.joinCode);
      }
      const before = await adminStateSnapshot();
      for (const [action, path, fields] of posts) {
        expect(
          (await postForm(action, path, fields, { cookie: intruder.cookie })).status,
          `${path} ${JSON.stringify(fields)}`,
        ).toBe(403);
      }
      expect(await adminStateSnapshot()).toEqual(before);
      expect(await db.session.count({ where: { userId: target.id } })).toBe(1);
    },
  );

  it("send anonymous visitors to sign-in and back, and change nothing", async () => {
    const { posts } = await everyAdminAction();
    const page = await getPage(people.loader, "/admin/people?q=kim");
    expect(page.status).toBe(302);
    expect(page.headers.get("Location")).toBe(`/login?${new URLSearchParams({ redirectTo: "/admin/people?q=kim" })}`);
    const before = await adminStateSnapshot();
    for (const [action, path, fields] of posts) {
      const posted = await postForm(action, path, fields);
      expect(posted.status).toBe(302);
      expect(posted.headers.get("Location")).toMatch(/^\/login\?/);
    }
    expect(await adminStateSnapshot()).toEqual(before);
  });

  // That the hub links to every admin page is checked where it is rendered (admin.pages.test.tsx).
  it("let an admin in", async () => {
    const admin = await personWithCookie("admin");
    expect((await getPage(hub.loader, "/admin", { cookie: admin.cookie })).status).toBe(200);
  });
});
