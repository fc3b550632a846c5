import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getFeedPage } from "~/models/feed.server";
import { highlightStory } from "~/models/highlights.server";
import { db } from "~/utils/db.server";
import { parseFeedParams } from "~/utils/feed-params";
import { createTestPerson, createTestStory, createTestTeam, createTestValue } from "../factories";

// Every query the feed sends, asked for its plan: a full scan of a table fails the test, so a
// filter or a page of "Best" can never quietly read the whole organisation.
let slugs: { value: string; other: string; team: string };
let viewer: { id: string; teamId: string | null };

beforeAll(async () => {
  const team = await createTestTeam("Plan team");
  const [value, other] = [await createTestValue({ name: "Plan value" }), await createTestValue({ name: "Plan other" })];
  viewer = await createTestPerson({ teamId: team.id });
  const authors = [viewer, ...(await Promise.all([1, 2, 3, 4].map(() => createTestPerson({ teamId: team.id }))))];
  const manager = await createTestPerson({ role: "manager" });
  for (let index = 0; index < 30; index++) {
    const story = await createTestStory(authors[index % authors.length]!, {
      valueIds: index % 2 ? [value.id] : [value.id, other.id],
      dimensions: index % 3 ? ["latitude"] : ["feedback", "brand"],
      reactorCount: index % 5,
    });
    if (index % 10 === 0) await highlightStory(story.id, manager, "A model answer.");
  }
  slugs = { value: value.slug, other: other.slug, team: team.slug };
  // The planner chooses by the statistics ANALYZE gathers, and for 30 stories a scan is the right
  // choice. These are scaled to an organisation ten thousand times larger (every count but the
  // "one row per key" of unique columns), so the plans are those a real database gets.
  await db.$executeRawUnsafe("ANALYZE");
  const stats = await db.$queryRawUnsafe<{ tbl: string; idx: string | null; stat: string }[]>(
    "SELECT tbl, idx, stat FROM sqlite_stat1",
  );
  for (const { tbl, idx, stat } of stats) {
    const scaled = stat
      .split(" ")
      .map((count, index) => (index > 0 && count === "1" ? count : String(Number(count) * 10_000)));
    await db.$executeRaw`UPDATE sqlite_stat1 SET stat = ${scaled.join(" ")} WHERE tbl = ${tbl} AND idx IS ${idx}`;
  }
});

const prepare = vi.spyOn(Database.prototype, "prepare");
afterEach(() => prepare.mockClear());

async function plansOf(query: string) {
  prepare.mockClear();
  let params = parseFeedParams(new URLSearchParams(query));
  // The first page and the next: a cursor's queries differ.
  for (let round = 0; round < 2; round++) {
    const page = await getFeedPage({ viewer, params, take: 5 });
    if (!page.nextCursor) break;
    params = { ...params, cursor: page.nextCursor };
  }
  const statements = [...new Set(prepare.mock.calls.map(([sql]) => sql))].filter((sql) => /^\s*SELECT/i.test(sql));
  const reader = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""), { readonly: true });
  try {
    return statements.map((sql) => {
      const args = Array.from({ length: sql.match(/\?/g)?.length ?? 0 }, () => null);
      const plan = reader.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
      return { sql, plan: plan.map((row) => row.detail) };
    });
  } finally {
    reader.close();
  }
}

const FEEDS = [
  "",
  "value={value}",
  "value={value}&value={other}",
  "dim=latitude",
  "dim=latitude&dim=brand",
  "team={team}",
  "value={value}&dim=feedback&xteam={team}",
  "xvalue={other}",
  "xdim=latitude",
  "tab=new",
  "tab=new&value={value}",
  "tab=team",
  "tab=highlights",
  "q=sofa",
  "q=sofa&value={value}",
];

describe("the feed's query plans", () => {
  for (const template of FEEDS) {
    it(`never scans a whole table: "${template || "Best"}"`, async () => {
      const query = template.replace(/\{(\w+)\}/g, (_, key: keyof typeof slugs) => slugs[key]);
      const plans = await plansOf(query);
      expect(plans.length).toBeGreaterThan(0);
      for (const { sql, plan } of plans) {
        // A subquery's own rows (materialised or a co-routine) and a full-text match are not tables read whole.
        const derived = new Set(plan.flatMap((step) => /^(?:MATERIALIZE|CO-ROUTINE) (\S+)/.exec(step)?.[1] ?? []));
        const scans = plan.filter((step) => {
          const scanned = /^SCAN (\S+)(.*)$/.exec(step);
          return scanned && !derived.has(scanned[1]!) && !/\bUSING\b|VIRTUAL TABLE INDEX/.test(scanned[2]!);
        });
        expect(scans, `${sql}\n${plan.join("\n")}`).toEqual([]);
      }
    });
  }

  it("walks the score index for Best, filtered or not, without sorting what it read", async () => {
    for (const query of ["", `value=${slugs.value}`, "dim=latitude", `team=${slugs.team}`]) {
      const walks = (await plansOf(query)).filter(({ sql }) => sql.includes("rankScore IS NOT NULL"));
      expect(walks.length).toBeGreaterThan(0);
      for (const { sql, plan } of walks) {
        expect(plan.join("\n"), sql).toMatch(/USING (COVERING )?INDEX \w+_rankScore_/);
        expect(plan.join("\n"), sql).not.toMatch(/TEMP B-TREE/);
      }
    }
  });
});
