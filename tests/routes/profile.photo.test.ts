import { describe, expect, it } from "vitest";
import { action as adminAction } from "~/routes/admin.people";
import { action, loader } from "~/routes/profile";
import { loader as rootLoader } from "~/root";
import { db } from "~/utils/db.server";
import { storage } from "~/utils/storage.server";
import { BASE_URL, call, createTestPerson, getRequest, postForm, signedInCookie, testContext } from "../factories";
import { decompressionBomb, testPhotoFile } from "../photo-factories";

async function signedIn(role: "employee" | "admin" = "employee") {
  const person = await createTestPerson({ role });
  return { ...person, cookie: await signedInCookie(person.id) };
}

/** The profile's photo form as a browser sends it: multipart, with the file. */
function upload(cookie: string, file: File | string) {
  const body = new FormData();
  body.append("intent", "avatar");
  body.append("avatar", file);
  const request = new Request(`${BASE_URL}/profile`, {
    method: "POST",
    body,
    headers: { Origin: BASE_URL, Cookie: cookie },
  });
  return call(() => action({ request, params: {}, context: testContext }));
}

const faceOf = async (personId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: personId }, select: { avatarId: true } })).avatarId;

describe("a face on /profile", () => {
  it("stores a square face, shows it on the profile and in the header, and replaces it (the old files go)", async () => {
    const person = await signedIn();
    const first = await upload(person.cookie, await testPhotoFile({ width: 800, height: 500 }));
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe("/profile");
    const firstId = await faceOf(person.id);
    const photo = await db.photo.findUniqueOrThrow({ where: { id: firstId! } });
    expect(photo).toMatchObject({ purpose: "avatar", ownerId: person.id });
    expect(photo.width).toBe(photo.height);
    expect(await storage.list(`avatars/${firstId}/`)).not.toEqual([]);

    const page = await call(() =>
      loader({ request: getRequest("/profile", { cookie: person.cookie }), params: {}, context: testContext }),
    );
    expect(page.body.profile.avatar.files[0].webp).toMatch(new RegExp(`^/photos/${firstId}/`));
    const root = await call(() =>
      rootLoader({ request: getRequest("/", { cookie: person.cookie }), params: {}, context: testContext }),
    );
    expect(root.body.user.avatar.id).toBe(firstId);
    expect(Object.keys(root.body.user).sort()).toEqual(["avatar", "id", "isNewHire", "name", "role", "username"]);

    await upload(person.cookie, await testPhotoFile());
    const secondId = await faceOf(person.id);
    expect(secondId).not.toBe(firstId);
    expect(await db.photo.count({ where: { id: firstId! } })).toBe(0);
    expect(await storage.list(`avatars/${firstId}/`)).toEqual([]);
  });

  it.each<[string, () => File | string | Promise<File>, string]>([
    ["an empty file", () => new File([], "empty.jpg", { type: "image/jpeg" }), "photos.errors.empty"],
    ["no file chosen", () => new File([], "", { type: "application/octet-stream" }), "photos.errors.noneChosen"],
    [
      "a program named like a photo",
      () => new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], "me.jpg", { type: "image/jpeg" }),
      "photos.errors.notAnImage",
    ],
    ["text where the file belongs", () => "me.jpg", "photos.errors.notAnImage"],
    [
      "a decompression bomb",
      async () => new File([new Uint8Array(await decompressionBomb())], "me.png", { type: "image/png" }),
      "photos.errors.tooManyPixels",
    ],
  ])("refuses %s next to the field, and keeps the face it had", async (_name, make, message) => {
    const person = await signedIn();
    await upload(person.cookie, await testPhotoFile());
    const before = await faceOf(person.id);
    const result = await upload(person.cookie, await make());
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ intent: "avatar", fieldErrors: { avatar: [message] } });
    expect(await faceOf(person.id)).toBe(before);
    expect(await db.photo.count({ where: { ownerId: person.id } })).toBe(1);
  });

  it("removes one's own face at any time, files and all", async () => {
    const person = await signedIn();
    await upload(person.cookie, await testPhotoFile());
    const avatarId = await faceOf(person.id);
    const result = await postForm(action, "/profile", { intent: "removeAvatar" }, { cookie: person.cookie });
    expect(result.status).toBe(302);
    expect(await faceOf(person.id)).toBeNull();
    expect(await db.photo.count({ where: { id: avatarId! } })).toBe(0);
    expect(await storage.list(`avatars/${avatarId}/`)).toEqual([]);
    // Without a face, removing again is fine.
    expect((await postForm(action, "/profile", { intent: "removeAvatar" }, { cookie: person.cookie })).status).toBe(
      302,
    );
  });

  it("lets an admin take down someone's face, audited; nobody else can", async () => {
    const person = await signedIn();
    await upload(person.cookie, await testPhotoFile());
    const avatarId = await faceOf(person.id);
    const employee = await signedIn();
    const refused = await postForm(
      adminAction,
      "/admin/people",
      { intent: "removePhoto", personId: person.id },
      { cookie: employee.cookie },
    );
    expect(refused.status).toBe(403);
    expect(await faceOf(person.id)).toBe(avatarId);

    const admin = await signedIn("admin");
    const result = await postForm(
      adminAction,
      "/admin/people",
      { intent: "removePhoto", personId: person.id },
      { cookie: admin.cookie },
    );
    expect(result.status).toBe(302);
    expect(await faceOf(person.id)).toBeNull();
    expect(await storage.list(`avatars/${avatarId}/`)).toEqual([]);
    expect(
      await db.auditLog.count({ where: { actorId: admin.id, action: "person.avatarRemove", targetId: person.id } }),
    ).toBe(1);
    const unknown = await postForm(
      adminAction,
      "/admin/people",
      { intent: "removePhoto", personId: "clxxxxxxxxxxxxxxxxxxxxxxxx" },
      { cookie: admin.cookie },
    );
    expect(unknown.status).toBe(404);
  });
});
