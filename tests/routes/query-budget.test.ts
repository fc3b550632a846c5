// How many database queries a page costs, as the development server's log counts them
// (app/utils/query-count.server.ts). Counts, never times: a budget that fails names the queries.
import { beforeAll, describe, expect, it } from "vitest";
import { loader as rootLoader } from "~/root";
import { loader as feedLoader } from "~/routes/_index";
import { loader as valuesLoader } from "~/routes/values._index";
import { db } from "~/utils/db.server";
import { measureQueries } from "~/utils/query-count.server";
import { createTestPerson, createTestStory, getRequest, signedInCookie, testContext } from "../factories";

type Loader = (args: { request: Request; params: Record<string, string>; context: typeof testContext }) => unknown;

/** A page as Remix loads it: the root's loader and the route's side by side, each with its own copy of the request. */
async function queriesOf(path: string, loaders: Loader[], cookie?: string) {
  const { operations } = await measureQueries(() =>
    Promise.allSettled(
      loaders.map((loader) => loader({ request: getRequest(path, { cookie }), params: {}, context: testContext })),
    ),
  );
  return operations;
}

describe("queries per page", () => {
  let cookie: string;
  beforeAll(async () => {
    const author = await createTestPerson();
    const reader = await createTestPerson();
    for (let n = 0; n < 12; n += 1) await createTestStory(author, { title: `Story ${n}` });
    await db.notification.create({ data: { userId: reader.id, actorId: author.id, type: "reaction" } });
    await db.photo
      .create({
        data: {
          purpose: "avatar",
          ownerId: reader.id,
          width: 96,
          height: 96,
          sizes: "96x96",
          fingerprint: "f",
          placeholder: "",
        },
      })
      .then((photo) => db.user.update({ where: { id: reader.id }, data: { avatarId: photo.id } }));
    cookie = await signedInCookie(reader.id);
    // The first page of a process also checks once whether anyone exists yet (first-run setup).
    await queriesOf("/", [rootLoader, feedLoader], cookie);
  });

  it("the root: the session with the person's face and unread count in one query, and the organisation", async () => {
    expect(await queriesOf("/help", [rootLoader], cookie)).toEqual(["Organisation.findFirst", "$queryRaw"]);
    expect(await queriesOf("/help", [rootLoader])).toEqual(["Organisation.findFirst"]);
  });

  it("pages share the root's session and organisation instead of reading them again", async () => {
    const values = await queriesOf("/values", [rootLoader, valuesLoader], cookie);
    expect(values.filter((name) => name === "$queryRaw" || name === "Organisation.findFirst")).toHaveLength(2);
    expect(values.length, values.join(", ")).toBeLessThanOrEqual(5);
  });

  it("the feed: the root's two, the filter choices, the visit, one walk of Best and three for the cards", async () => {
    const feed = await queriesOf("/", [rootLoader, feedLoader], cookie);
    expect(feed.filter((name) => name === "Organisation.findFirst")).toHaveLength(1);
    expect(feed.length, feed.join(", ")).toBeLessThanOrEqual(8);
  });
});
