import { describe, expect, it } from "vitest";
import { setAvatar } from "~/models/photos.server";
import { loader } from "~/routes/people";
import { db } from "~/utils/db.server";
import { createTestPerson, getPage, signedInCookie } from "../factories";
import { testPhotoFile } from "../photo-factories";

describe("/people (the composer's type-ahead)", () => {
  it("finds active people by any part of their name, accents and case aside, never the one asking", async () => {
    const asking = await createTestPerson({ name: "Renée Asker" });
    const cookie = await signedInCookie(asking.id);
    const zoe = await createTestPerson({ name: "Zoë Ağaoğlu" });
    const gone = await createTestPerson({ name: "Zoe Gone" });
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });

    const found = await getPage(loader, "/people?q=ZOE", { cookie });
    expect(found.body.people).toEqual([{ id: zoe.id, name: "Zoë Ağaoğlu", team: "", avatar: null, isNewHire: true }]);
    expect(
      (await getPage(loader, "/people?q=agaog", { cookie })).body.people.map((person: { id: string }) => person.id),
    ).toEqual([zoe.id]);
    expect((await getPage(loader, "/people?q=renee", { cookie })).body.people).toEqual([]);
    expect((await getPage(loader, "/people?q=", { cookie })).body.people).toEqual([]);
  });

  it("answers a few names at most, however many match", async () => {
    const asking = await createTestPerson();
    for (let index = 0; index < 12; index++) await createTestPerson({ name: `Manyname ${index}` });
    const found = await getPage(loader, "/people?q=manyname", { cookie: await signedInCookie(asking.id) });
    expect(found.body.people).toHaveLength(8);
  });

  it("sends anonymous visitors to sign in", async () => {
    expect((await getPage(loader, "/people?q=a")).status).toBe(302);
  });
});

describe("faces in the people picker", () => {
  it("answers each person with their face, or none for initials", async () => {
    const asking = await createTestPerson();
    const withFace = await createTestPerson({ name: "Facey McFace" });
    await setAvatar(withFace, await testPhotoFile());
    await createTestPerson({ name: "Facey Initials" });
    const found = await getPage(loader, "/people?q=facey", { cookie: await signedInCookie(asking.id) });
    const [initials, face] = found.body.people;
    expect(initials).toMatchObject({ name: "Facey Initials", avatar: null });
    expect(face.avatar.files[0].webp).toMatch(/^\/photos\//);
  });
});
