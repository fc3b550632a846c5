import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_NEW_HIRE_DAYS, isNewHire, newHireCutoff, newHireDaysLeft } from "~/models/new-hires.server";
import { daysAgo } from "../collection-factories";

describe("the new-hire window", () => {
  const now = new Date("2026-03-31T12:00:00Z");

  it("counts in days from joining: new for the first N days, not on day N", () => {
    expect(isNewHire({ joinedAt: daysAgo(13, now) }, 14, now)).toBe(true);
    expect(isNewHire({ joinedAt: daysAgo(14, now) }, 14, now)).toBe(false);
    // Loaders get the date back as a string.
    expect(isNewHire({ joinedAt: daysAgo(1, now).toISOString() }, 14, now)).toBe(true);
    expect(newHireCutoff(14, now).toISOString()).toBe("2026-03-17T12:00:00.000Z");
  });

  it("counts the days left with a day begun as a whole one, and never says 0 while the window is open", () => {
    expect(newHireDaysLeft({ joinedAt: daysAgo(10, now) }, 30, now)).toBe(20);
    expect(newHireDaysLeft({ joinedAt: new Date("2026-03-21T18:00:00Z") }, 30, now)).toBe(21);
    expect(newHireDaysLeft({ joinedAt: new Date("2026-03-01T12:00:01Z") }, 30, now)).toBe(1);
  });
});

describe("the default window", () => {
  it("is the schema's default for the organisation's setting", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    expect(schema).toMatch(new RegExp(`newHireDays\\s+Int\\s+@default\\(${DEFAULT_NEW_HIRE_DAYS}\\)`));
  });
});
