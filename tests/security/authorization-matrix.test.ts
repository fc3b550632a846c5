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

/** The route params of a photo's largest JPEG. */
function photoParams(photo: Parameters<typeof toPhotoView>[0]) {
  const [, , id, file] = toPhotoView(photo).files.at(-1)!.jpeg.split("/");
  return { id: id!, file: file! };
}

type Statuses = [anonymous: number, employee: number, manager: number, admin: number];
// An employee of another team gets what the employee gets, except where the team matters: then the
// entry says so in `otherTeam`.
type Expectation = {
  loader: Statuses | null;
  action: Statuses | null;
  otherTeam?: { loader?: number; action?: number };
};
const visitors = ["anonymous", "employee", "manager", "admin", "otherTeam"] as const;

// The story in the dynamic routes is the employee's own: its edit page is theirs alone (404 for
// anyone else). The collection is for the employee's team only. Unknown invitation and reset tokens, an Atom feed without a token, "add to a
// collection" without a story and a CSV without a chart are refused for everyone.
const matrix: Record<string, Expectation> = {
  $: { loader: [404, 404, 404, 404], action: null },
  _index: { loader: [302, 200, 200, 200], action: null },
  "admin._index": { loader: [302, 403, 403, 200], action: null },
  "admin.audit": { loader: [302, 403, 403, 200], action: null },
  "admin.design": { loader: [302, 403, 403, 200], action: null },
  "admin.invitations": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "admin.organisation": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "admin.people": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "admin.teams": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "admin.teams_.$slug.poster": { loader: [302, 403, 403, 200], action: null },
  "admin.values": { loader: [302, 403, 403, 200], action: [302, 403, 403, 400] },
  "collections.$slug": { loader: [302, 200, 200, 200], action: null, otherTeam: { loader: 404 } },
  "collections.$slug_.edit": { loader: [302, 403, 200, 200], action: [302, 403, 400, 400] },
  "collections.$slug_.read": { loader: [302, 302, 302, 302], action: [302, 400, 400, 400] },
  "collections._index": { loader: [302, 200, 200, 200], action: null },
  "collections.add": { loader: [302, 403, 404, 404], action: [302, 403, 400, 400] },
  "collections.new": { loader: [302, 403, 200, 200], action: [302, 403, 400, 400] },
  "collections.progress": { loader: [302, 403, 200, 200], action: null },
  "collections.review": { loader: [302, 403, 200, 200], action: [302, 403, 400, 400] },
  "dimensions.$key": { loader: [302, 200, 200, 200], action: null },
  help: { loader: [302, 200, 200, 200], action: null },
  "highlights[.]atom": { loader: [401, 401, 401, 401], action: null },
  insights: { loader: [302, 403, 200, 200], action: null },
  "insights[.]csv": { loader: [302, 403, 404, 404], action: null },
  "join.$token": { loader: [404, 404, 404, 404], action: [400, 400, 400, 400] },
  "join._index": { loader: [200, 200, 200, 200], action: [400, 400, 400, 400] },
  language: { loader: [302, 302, 302, 302], action: [400, 400, 400, 400] },
  login: { loader: [200, 302, 302, 302], action: [400, 400, 400, 400] },
  logout: { loader: [302, 302, 302, 302], action: [302, 302, 302, 302] },
  moderation: { loader: [302, 403, 200, 200], action: [302, 403, 400, 400] },
  notifications: { loader: [302, 200, 200, 200], action: null },
  people: { loader: [302, 200, 200, 200], action: null },
  // The employee's page: for everyone signed in, whatever their team.
  "people_.$username": { loader: [302, 200, 200, 200], action: null },
  profile: { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "profile_.delete": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "profile_.export": { loader: [302, 200, 200, 200], action: null },
  "reset.$token": { loader: [410, 410, 410, 410], action: [400, 400, 400, 400] },
  setup: { loader: [302, 302, 302, 302], action: [302, 302, 302, 302] },
  // A photo of the employee's story (which is also in the team-only collection: the story, and so
  // its photo, is for the whole organisation); more cases in "photos follow what they belong to".
  "photos.$id.$file": { loader: [302, 200, 200, 200], action: null },
  "photos._index": { loader: null, action: [302, 400, 400, 400] },
  "stories.$id": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "stories.$id_.edit": {
    loader: [302, 200, 404, 404],
    action: [302, 400, 404, 404],
    otherTeam: { loader: 404, action: 404 },
  },
  "stories.$id_.report": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "stories.mine": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "stories.new": { loader: [302, 200, 200, 200], action: [302, 400, 400, 400] },
  "values.$slug.highlights[.]atom": { loader: [401, 401, 401, 401], action: null },
  "values.$slug": { loader: [302, 200, 200, 200], action: null },
  "values._index": { loader: [302, 200, 200, 200], action: null },
  welcome: { loader: [302, 200, 200, 200], action: null },
};

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
