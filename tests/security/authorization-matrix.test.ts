// The authorisation matrix: every route of the app, with the status each kind of visitor (and an
// employee of another team) gets from its loader (GET) and its action (an empty POST: past the
// gate, that is a validation error).
// A second test fails when a route file exists that the table does not list.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toPhotoView } from "~/models/photos.server";
import { db } from "~/utils/db.server";
import {
  call,
  createTestPerson,
  createTestStory,
  createTestTeam,
  formRequest,
  getRequest,
  signedInCookie,
  testContext,
} from "../factories";
import { createTestStoryPhoto, createTestUpload } from "../photo-factories";
import { matrix } from "./route-table";

const visitors = ["anonymous", "employee", "manager", "admin", "otherTeam"] as const;

/** The route params of a photo's largest JPEG. */
function photoParams(photo: Parameters<typeof toPhotoView>[0]) {
  const [, , id, file] = toPhotoView(photo).files.at(-1)!.jpeg.split("/");
  return { id: id!, file: file! };
}

const routeFiles = readdirSync(join(process.cwd(), "app/routes")).map((file) => file.replace(/\.tsx?$/, ""));

describe("the authorisation matrix", () => {
  let params: Record<string, Record<string, string>>;
  let people: Record<
    Exclude<(typeof visitors)[number], "anonymous">,
    { id: string; teamId: string | null; username: string }
  >;

  beforeAll(async () => {
    const team = await createTestTeam("Matrix team");
    people = {
      employee: await createTestPerson({ role: "employee", teamId: team.id }),
      manager: await createTestPerson({ role: "manager", teamId: team.id }),
      admin: await createTestPerson({ role: "admin", teamId: team.id }),
      otherTeam: await createTestPerson({ role: "employee", teamId: (await createTestTeam("Another team")).id }),
    };
    const story = await createTestStory(people.employee);
    const value = await db.value.findFirstOrThrow();
    const collection = await db.collection.create({
      data: {
        slug: "matrix",
        title: "Matrix",
        audience: "teams",
        teams: { create: [{ teamId: team.id }] },
        items: { create: [{ storyId: story.id, position: 0, reviewAt: new Date() }] },
      },
    });
    const common = { id: story.id, slug: value.slug, key: "latitude", token: "not-a-token" };
    const photo = photoParams(await createTestStoryPhoto(story));
    params = Object.fromEntries(
      routeFiles.map((file) => [
        file,
        {
          ...common,
          ...(file.startsWith("collections") ? { slug: collection.slug } : {}),
          ...(file.startsWith("admin.teams_") ? { slug: team.slug } : {}),
          ...(file.startsWith("photos.") ? photo : {}),
          ...(file.startsWith("people_.") ? { username: people.employee.username } : {}),
        },
      ]),
    );
  });

  it("lists every route of the app, so a new one cannot skip it", () => {
    expect(routeFiles.filter((file) => !(file in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((file) => !routeFiles.includes(file))).toEqual([]);
  });

  it.each(Object.entries(matrix))("%s answers each kind of visitor as listed", async (file, expected) => {
    const route = await import(`~/routes/${file}.tsx`).catch(() => import(`~/routes/${file}.ts`));
    expect(Boolean(route.loader)).toBe(expected.loader !== null);
    expect(Boolean(route.action)).toBe(expected.action !== null);
    const statuses = (kind: "loader" | "action", visitor: (typeof visitors)[number]) => {
      const listed = expected[kind]!;
      return visitor === "otherTeam" ? (expected.otherTeam?.[kind] ?? listed[1]) : listed[visitors.indexOf(visitor)];
    };
    for (const visitor of visitors) {
      // A fresh session per route: the sign-out route ends the ones it is given.
      const cookie = visitor === "anonymous" ? undefined : await signedInCookie(people[visitor].id);
      const args = { params: params[file]!, context: testContext };
      if (expected.loader) {
        const { status } = await call(() => route.loader({ ...args, request: getRequest(`/${file}`, { cookie }) }));
        expect(status, `${visitor} GET ${file}`).toBe(statuses("loader", visitor));
      }
      if (expected.action) {
        const { status } = await call(() =>
          route.action({ ...args, request: formRequest(`/${file}`, {}, { cookie }) }),
        );
        expect(status, `${visitor} POST ${file}`).toBe(statuses("action", visitor));
      }
    }
  });
});

// A photo is seen by whoever may see what it belongs to: [anonymous, the author (an employee),
// manager, admin, an employee of another team].
describe("photos follow what they belong to", () => {
  it.each([
    ["a visible story's photo, in a collection for the author's team only", "visible", [302, 200, 200, 200, 200]],
    ["a photo hidden by a manager", "photoHidden", [302, 200, 200, 200, 404]],
    ["a photo of a hidden story", "storyHidden", [302, 200, 200, 200, 404]],
    ["a photo of a deleted story", "storyDeleted", [302, 404, 404, 404, 404]],
    ["a photo of a draft", "draft", [302, 200, 404, 404, 404]],
    ["an upload not yet posted", "upload", [302, 200, 404, 404, 404]],
  ] as const)("%s", async (_name, state, expected) => {
    const team = await createTestTeam();
    const author = await createTestPerson({ teamId: team.id });
    const others = [
      await createTestPerson({ role: "manager", teamId: team.id }),
      await createTestPerson({ role: "admin", teamId: team.id }),
      await createTestPerson({ teamId: (await createTestTeam()).id }),
    ];
    const story = await createTestStory(author, { status: state === "draft" ? "draft" : "published" });
    await db.collection.create({
      data: {
        slug: `team-only-${story.id}`,
        title: "Team only",
        audience: "teams",
        teams: { create: [{ teamId: team.id }] },
        items: { create: [{ storyId: story.id, position: 0, reviewAt: new Date() }] },
      },
    });
    const photo = state === "upload" ? await createTestUpload(author) : await createTestStoryPhoto(story);
    if (state === "photoHidden") await db.photo.update({ where: { id: photo.id }, data: { hiddenAt: new Date() } });
    if (state === "storyHidden") await db.story.update({ where: { id: story.id }, data: { hiddenAt: new Date() } });
    if (state === "storyDeleted") await db.story.update({ where: { id: story.id }, data: { deletedAt: new Date() } });
    const route = await import("~/routes/photos.$id.$file");
    const params = photoParams(photo);
    const statuses = [];
    for (const visitor of [null, author, ...others]) {
      const cookie = visitor ? await signedInCookie(visitor.id) : undefined;
      const request = getRequest(`/photos/${params.id}/${params.file}`, { cookie });
      statuses.push((await call(() => route.loader({ request, params, context: testContext }))).status);
    }
    expect(statuses).toEqual(expected);
  });
});
