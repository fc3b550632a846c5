import { beforeAll, describe, expect, it } from "vitest";
import { addMonths, isNewHire } from "~/models/collections.server";
import { shouldWelcome } from "~/models/onboarding.server";
import {
  createTestCollection,
  createTestOrganisation,
  createTestStories,
  daysAgo,
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
    expect(await shouldWelcome(newHire, new Date(Date.now() + 12 * 24 * 60 * 60 * 1000))).toBe(false);

    await markRead(newHire.id, story!.id);
    expect(await shouldWelcome(newHire)).toBe(false);

    const [refresher] = await createTestStories(1, "Refresher");
    await createTestCollection({ audience: "teams", storyIds: [refresher!.id], assignedTo: [veteran.id] });
    expect(await shouldWelcome(veteran)).toBe(true);
  });
});

describe("dates", () => {
  it("counts the new-hire window in days and review dates in calendar months", () => {
    const now = new Date("2026-03-31T12:00:00Z");
    expect(isNewHire({ joinedAt: daysAgo(13, now) }, 14, now)).toBe(true);
    expect(isNewHire({ joinedAt: daysAgo(14, now) }, 14, now)).toBe(false);
    expect(addMonths(now, 6).toISOString()).toBe("2026-09-30T12:00:00.000Z");
    expect(addMonths(new Date("2026-08-31T00:00:00Z"), 6).toISOString()).toBe("2027-02-28T00:00:00.000Z");
  });
});
