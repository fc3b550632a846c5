import { describe, expect, it } from "vitest";
import { loader } from "~/routes/notifications";
import { action as storyAction } from "~/routes/stories.$id";
import { loader as rootLoader } from "~/root";
import { createTestPerson, createTestStory, getPage, postForm, signedInCookie } from "../factories";

/** The count every page's header shows the person (the root loader reads it with their session). */
async function countUnreadNotifications(userId: string) {
  return (await getPage(rootLoader, "/help", { cookie: await signedInCookie(userId) })).body.unreadCount;
}

describe("/notifications", () => {
  it("shows the person's own notices newest first, says which are new, then marks them read", async () => {
    const author = await createTestPerson();
    const authorCookie = await signedInCookie(author.id);
    const story = await createTestStory(author, { title: "Loved story" });
    for (const name of ["Ann", "Ben"]) {
      const fan = await createTestPerson({ name });
      await postForm(
        storyAction,
        "/",
        { intent: "react", kind: "applause", want: "yes" },
        { cookie: await signedInCookie(fan.id), params: { id: story.id } },
      );
    }
    const commenter = await createTestPerson({ name: "Cas" });
    await postForm(
      storyAction,
      "/",
      { intent: "comment", body: "Lovely" },
      { cookie: await signedInCookie(commenter.id), params: { id: story.id } },
    );
    expect(await countUnreadNotifications(author.id)).toBe(2);

    const page = await getPage(loader, "/notifications", { cookie: authorCookie });
    expect(
      page.body.notifications.map(
        (notice: { type: string; count: number; isUnread: boolean; actor: { name: string } }) => [
          notice.type,
          notice.count,
          notice.isUnread,
          notice.actor.name,
        ],
      ),
    ).toEqual([
      ["comment", 1, true, "Cas"],
      ["reaction", 2, true, "Ben"],
    ]);
    expect(await countUnreadNotifications(author.id)).toBe(0);
    const again = await getPage(loader, "/notifications", { cookie: authorCookie });
    expect(again.body.notifications.every((notice: { isUnread: boolean }) => !notice.isUnread)).toBe(true);

    const stranger = await signedInCookie((await createTestPerson()).id);
    expect((await getPage(loader, "/notifications", { cookie: stranger })).body.notifications).toEqual([]);
  });

  it("starts a new grouped notice once the earlier one was read", async () => {
    const author = await createTestPerson();
    const story = await createTestStory(author);
    const react = async () => {
      const fan = await createTestPerson();
      await postForm(
        storyAction,
        "/",
        { intent: "react", kind: "inspiring", want: "yes" },
        { cookie: await signedInCookie(fan.id), params: { id: story.id } },
      );
    };
    await react();
    await getPage(loader, "/notifications", { cookie: await signedInCookie(author.id) });
    await react();
    expect(await countUnreadNotifications(author.id)).toBe(1);
  });
});
