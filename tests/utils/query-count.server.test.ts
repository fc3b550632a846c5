import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { countQueriesOf, describeTally, measureQueries } from "~/utils/query-count.server";

describe("counting a request's queries", () => {
  it("counts every operation the work causes, in transactions and side by side, and nothing outside it", async () => {
    const measured = await measureQueries(async () => {
      await db.user.count();
      await Promise.all([db.team.findMany(), db.$queryRaw`SELECT 1`]);
      await db.$transaction(async (tx) => {
        await tx.value.count();
        await tx.story.count();
      });
      return "done";
    });
    expect(measured.result).toBe("done");
    expect(measured.operations).toEqual(["User.count", "Team.findMany", "$queryRaw", "Value.count", "Story.count"]);
    expect(measured.queries).toBe(5);
    expect(measured.milliseconds).toBeGreaterThan(0);

    const { tally, result } = countQueriesOf(() => db.user.count());
    const outside = db.team.count();
    await Promise.all([result, outside]);
    expect(tally.operations).toEqual(["User.count"]);
  });

  it("keeps two requests' tallies apart", async () => {
    const [first, second] = await Promise.all([
      measureQueries(() => Promise.all([db.user.count(), db.user.count()])),
      measureQueries(() => db.team.count()),
    ]);
    expect([first.queries, second.queries]).toEqual([2, 1]);
  });

  it("logs one line with the operations grouped", () => {
    const tally = {
      operations: ["Story.findMany", "$queryRaw", "Story.findMany"],
      milliseconds: 3.14,
      running: 0,
      since: 0,
    };
    expect(describeTally("GET /", tally, 40.2)).toBe(
      "GET /  3 queries 3.1 ms (request 40 ms): Story.findMany ×2, $queryRaw",
    );
  });
});
