import { addDays } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { shouldWelcome } from "~/models/onboarding.server";
import {
  createTestCollection,
  createTestOrganisation,
  createTestStories,
  markRead,
  signedInPerson,
} from "../collection-factories";

beforeAll(async () => {
  await createTestOrganisation({ newHireDays: 14 });
});

describe("shouldWelcome", () => {
  it("is true while a collection on the person's path is unfinished: new-hire ones while new, assigned ones always", async () => {
    const [story] = await createTestStories(1, "Should welcome");
    const newHire = await signedInPerson("employee", { joinedDaysAgo: 3 });
    const veteran = await signedInPerson("employee", { joinedDaysAgo: 100 });
    expect(await shouldWelcome(newHire)).toBe(false);

    await createTestCollection({ audience: "newHires", storyIds: [story!.id] });
    expect(await shouldWelcome(newHire)).toBe(true);
    expect(await shouldWelcome(veteran)).toBe(false);
    // Two weeks later the window has closed.
    expect(await shouldWelcome(newHire, addDays(new Date(), 12))).toBe(false);

    await markRead(newHire.id, story!.id);
    expect(await shouldWelcome(newHire)).toBe(false);

    const [refresher] = await createTestStories(1, "Refresher");
    await createTestCollection({ audience: "teams", storyIds: [refresher!.id], assignedTo: [veteran.id] });
    expect(await shouldWelcome(veteran)).toBe(true);
  });
});
