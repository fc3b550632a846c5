import { beforeEach, describe, expect, it } from "vitest";
import { getComposerOptions } from "~/models/stories.server";
import { getValueBySlug, listActiveValues } from "~/models/values.server";
import { action, loader } from "~/routes/admin.values";
import { db } from "~/utils/db.server";
import { personWithCookie } from "../admin-factories";
import { createTestStory, getPage, postForm } from "../factories";

const valueFields = {
  name: "Surprisingly personal",
  explanation: "We remember the customer, not just the order.",
  colour: "#C2410C",
  kind: "brand",
};

async function positions() {
  return (await db.value.findMany({ orderBy: { position: "asc" }, select: { name: true, position: true } })).map(
    (value) => [value.name, value.position],
  );
}

beforeEach(async () => {
  await db.storyValue.deleteMany();
  await db.value.deleteMany();
});

describe("/admin/values", () => {
  it("creates values with unique slugs at the end of the list", async () => {
    const admin = await personWithCookie("admin");
    for (const name of [valueFields.name, `${valueFields.name}!`]) {
      const created = await postForm(
        action,
        "/admin/values",
        { intent: "create", ...valueFields, name },
        { cookie: admin.cookie },
      );
      expect(created.status).toBe(302);
      expect(created.headers.get("Location")).toBe("/admin/values");
    }
    await postForm(
      action,
      "/admin/values",
      { intent: "create", ...valueFields, name: "Honest and clear", kind: "core" },
      { cookie: admin.cookie },
    );
    const listed = await getPage(loader, "/admin/values", { cookie: admin.cookie });
    expect(
      listed.body.values.map((value: { slug: string; position: number; colour: string }) => [
        value.slug,
        value.position,
        value.colour,
      ]),
    ).toEqual([
      ["surprisingly-personal", 0, "#c2410c"],
      ["surprisingly-personal-2", 1, "#c2410c"],
      ["honest-and-clear", 2, "#c2410c"],
    ]);
    expect((await getValueBySlug("honest-and-clear")).kind).toBe("core");
  });

  it("refuses a name another value has, archived too, whatever its case and spaces", async () => {
    const admin = await personWithCookie("admin");
    const create = (name: string) =>
      postForm(action, "/admin/values", { intent: "create", ...valueFields, name }, { cookie: admin.cookie });
    expect((await create("Honest  and clear ")).status).toBe(302);
    const honest = await db.value.findFirstOrThrow();
    expect(honest.name).toBe("Honest and clear");
    await db.value.update({ where: { id: honest.id }, data: { archivedAt: new Date() } });
    expect(await create("honest AND clear")).toMatchObject({
      status: 400,
      body: {
        intent: "create",
        fieldErrors: { name: ["admin.values.nameTaken"] },
        values: { name: "honest AND clear" },
      },
    });
    expect((await create("Kind")).status).toBe(302);
    const kind = await db.value.findFirstOrThrow({ where: { name: "Kind" } });
    const update = (name: string) =>
      postForm(
        action,
        "/admin/values",
        { intent: "update", valueId: kind.id, ...valueFields, name },
        { cookie: admin.cookie },
      );
    expect(await update(" Honest and Clear")).toMatchObject({
      status: 400,
      body: { intent: "update", fieldErrors: { name: ["admin.values.nameTaken"] } },
    });
    expect((await update("KIND")).status).toBe(302);
    expect(await db.value.count()).toBe(2);
  });

  it("keeps what was typed on a bad colour, empty name or unknown kind", async () => {
    const admin = await personWithCookie("admin");
    const bad = await postForm(
      action,
      "/admin/values",
      { intent: "create", ...valueFields, name: " ", colour: "red", kind: "promise" },
      { cookie: admin.cookie },
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      intent: "create",
      fieldErrors: { name: ["errors.required"], colour: ["admin.values.colourFormat"], kind: ["errors.invalid"] },
      values: { explanation: valueFields.explanation, colour: "red" },
    });
    expect(await db.value.count()).toBe(0);
  });

  it("edits a value but never its slug, and says which form failed", async () => {
    const admin = await personWithCookie("admin");
    await postForm(action, "/admin/values", { intent: "create", ...valueFields }, { cookie: admin.cookie });
    const value = await db.value.findFirstOrThrow();
    const failed = await postForm(
      action,
      "/admin/values",
      { intent: "update", valueId: value.id, ...valueFields, explanation: "" },
      { cookie: admin.cookie },
    );
    expect(failed).toMatchObject({
      status: 400,
      body: {
        intent: "update",
        fieldErrors: { explanation: ["errors.required"] },
        values: { valueId: value.id, name: valueFields.name },
      },
    });
    await postForm(
      action,
      "/admin/values",
      {
        intent: "update",
        valueId: value.id,
        name: "Personal",
        explanation: "Changed.",
        colour: "#000000",
        kind: "core",
      },
      { cookie: admin.cookie },
    );
    expect(await db.value.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({
      slug: "surprisingly-personal",
      name: "Personal",
      explanation: "Changed.",
      colour: "#000000",
      kind: "core",
    });
    expect(
      (
        await postForm(
          action,
          "/admin/values",
          { intent: "update", valueId: "gone", ...valueFields },
          { cookie: admin.cookie },
        )
      ).status,
    ).toBe(404);
  });

  it("moves values up and down and keeps positions dense, even from gappy data", async () => {
    const admin = await personWithCookie("admin");
    for (const [name, position] of [
      ["A", 3],
      ["B", 10],
      ["C", 10],
      ["D", 42],
    ] as const) {
      await db.value.create({
        data: { slug: name.toLowerCase(), name, explanation: "x", colour: "#000000", kind: "brand", position },
      });
    }
    const idOf = async (name: string) => (await db.value.findFirstOrThrow({ where: { name } })).id;
    await postForm(
      action,
      "/admin/values",
      { intent: "move", valueId: await idOf("C"), direction: "up" },
      { cookie: admin.cookie },
    );
    expect(await positions()).toEqual([
      ["A", 0],
      ["C", 1],
      ["B", 2],
      ["D", 3],
    ]);
    await postForm(
      action,
      "/admin/values",
      { intent: "move", valueId: await idOf("A"), direction: "up" },
      { cookie: admin.cookie },
    );
    await postForm(
      action,
      "/admin/values",
      { intent: "move", valueId: await idOf("D"), direction: "down" },
      { cookie: admin.cookie },
    );
    expect(await positions()).toEqual([
      ["A", 0],
      ["C", 1],
      ["B", 2],
      ["D", 3],
    ]);
    await postForm(
      action,
      "/admin/values",
      { intent: "move", valueId: await idOf("A"), direction: "down" },
      { cookie: admin.cookie },
    );
    expect(await positions()).toEqual([
      ["C", 0],
      ["A", 1],
      ["B", 2],
      ["D", 3],
    ]);
    const bad = await postForm(
      action,
      "/admin/values",
      { intent: "move", valueId: await idOf("A"), direction: "sideways" },
      { cookie: admin.cookie },
    );
    expect(bad.status).toBe(400);
    const unknown = await postForm(
      action,
      "/admin/values",
      { intent: "move", valueId: "gone", direction: "up" },
      { cookie: admin.cookie },
    );
    expect(unknown.status).toBe(404);
  });

  it("archives a value: it stays on old stories but is not offered any more, until it is restored", async () => {
    const admin = await personWithCookie("admin");
    await postForm(action, "/admin/values", { intent: "create", ...valueFields }, { cookie: admin.cookie });
    const value = await db.value.findFirstOrThrow();
    const story = await createTestStory(admin, { valueId: value.id });
    expect(
      (await postForm(action, "/admin/values", { intent: "archive", valueId: value.id }, { cookie: admin.cookie }))
        .status,
    ).toBe(302);
    expect((await listActiveValues()).map((active) => active.id)).not.toContain(value.id);
    expect((await getComposerOptions(admin)).values.map((offered) => offered.id)).not.toContain(value.id);
    expect(await db.storyValue.count({ where: { storyId: story.id, valueId: value.id } })).toBe(1);
    expect((await getValueBySlug(value.slug)).archivedAt).not.toBeNull();
    await postForm(action, "/admin/values", { intent: "unarchive", valueId: value.id }, { cookie: admin.cookie });
    expect((await getComposerOptions(admin)).values.map((offered) => offered.id)).toContain(value.id);
    for (const intent of ["archive", "unarchive"])
      expect(
        (await postForm(action, "/admin/values", { intent, valueId: "gone" }, { cookie: admin.cookie })).status,
      ).toBe(404);
  });
});
