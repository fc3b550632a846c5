import { describe, expect, it } from "vitest";
import { nextReviewDate } from "~/models/collections.server";

describe("review dates", () => {
  it("come six calendar months on, the 31st becoming the last day of a shorter month", () => {
    expect(nextReviewDate(new Date("2026-03-31T12:00:00Z")).toISOString()).toBe("2026-09-30T12:00:00.000Z");
    expect(nextReviewDate(new Date("2026-08-31T00:00:00Z")).toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(nextReviewDate(new Date("2026-01-15T08:30:00Z")).toISOString()).toBe("2026-07-15T08:30:00.000Z");
  });
});
