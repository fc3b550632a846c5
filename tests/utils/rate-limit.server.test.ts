import { describe, expect, it } from "vitest";
import { clearRateLimit, hitRateLimit, isRateLimited } from "~/utils/rate-limit.server";

const windowMs = 60_000;

describe("rate limiting", () => {
  it("allows up to the limit in a window, then refuses with the time to wait", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit("k1", { max: 3, windowMs, now }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBe(60);
  });

  it("starts counting again once the window has passed", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 3; i++) await hitRateLimit("k2", { max: 3, windowMs, now: start });
    expect((await hitRateLimit("k2", { max: 3, windowMs, now: start })).allowed).toBe(false);
    const later = new Date(start.getTime() + windowMs + 1);
    expect((await hitRateLimit("k2", { max: 3, windowMs, now: later })).allowed).toBe(true);
  });

  it("counts parallel attempts without losing any", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const results = await Promise.all(Array.from({ length: 10 }, () => hitRateLimit("k3", { max: 5, windowMs, now })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("peeks without counting, and clears", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    await hitRateLimit("k4", { max: 1, windowMs, now });
    expect((await isRateLimited("k4", { max: 2, now })).limited).toBe(false);
    expect((await isRateLimited("k4", { max: 1, now })).limited).toBe(true);
    await clearRateLimit("k4");
    expect((await isRateLimited("k4", { max: 1, now })).limited).toBe(false);
  });
});
