// Builds the benchmark organisation straight into SQLite: Prisma would need many minutes for a
// million rows, prepared statements in one transaction per table need seconds.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "../app/utils/password.server";
import type { Random } from "./random";
import { createIdFactory, createRandom, DAY, sqliteDate } from "./random";
import type { Language } from "./text";
import { body, bodyHtml, cities, line, personName, title, usernameOf } from "./text";

/** Raise this when the generated data changes shape, so a kept database is made again. */
const DATA_VERSION = 2;
const SEED = 20261123;

export const BENCH_USERNAME = "bench.manager";
export const BENCH_PASSWORD = "bench-password";

/** The benchmark organisation: 100,000 stories unless asked for another size. */
export const DEFAULT_STORIES = 100_000;

/** An organisation of this many stories, with people and engagement in the same proportions. */
const countsFor = (stories: number) => ({
  teams: 40,
  users: Math.max(500, stories / 20),
  stories,
  reactions: stories * 10,
  comments: stories * 2,
  highlights: Math.ceil(stories / 50),
});
type Counts = ReturnType<typeof countsFor>;
const HISTORY_DAYS = 730;
/** Mean age of a story: most were written in the last months, as in a growing organisation. */
const MEAN_AGE_DAYS = 180;

const dimensions = ["latitude", "competence", "equipment", "values", "brand", "feedback"] as const;
const reactionKinds = ["applause", "inspiring", "learned"] as const;

const values = [
  { slug: "surprisingly-personal", name: "Surprisingly personal", kind: "brand", colour: "#c2410c" },
  { slug: "expert-without-the-jargon", name: "Expert without the jargon", kind: "brand", colour: "#1d4ed8" },
  { slug: "easy-from-start-to-finish", name: "Easy from start to finish", kind: "brand", colour: "#047857" },
  { slug: "honest-and-clear", name: "Honest and clear", kind: "core", colour: "#7c3aed" },
  { slug: "one-team", name: "One team", kind: "core", colour: "#be185d" },
  { slug: "own-it", name: "Own it", kind: "core", colour: "#b45309" },
] as const;

type Row = (string | number | null)[];
type User = {
  id: string;
  role: "employee" | "manager" | "admin";
  language: Language;
  teamIndex: number;
  joinedAt: number;
};
type Story = {
  id: string;
  authorIndex: number | null;
  language: Language;
  publishedAt: number | null;
  deleted: boolean;
};

const migrationsDir = join(process.cwd(), "prisma/migrations");

/** Why a kept database cannot be reused, or null when it can. */
function staleReason(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const version = db.pragma("user_version", { simple: true });
    if (version !== DATA_VERSION) return `it was made by generator version ${String(version)}, this is ${DATA_VERSION}`;
    const applied = db
      .prepare(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
      .all() as { name: string }[];
    const wanted = readdirSync(migrationsDir).filter((name) => existsSync(join(migrationsDir, name, "migration.sql")));
    const appliedNames = new Set(applied.map((row) => row.name));
    const missing = wanted.filter((name) => !appliedNames.has(name));
    return missing.length ? `migrations were added since (${missing.join(", ")})` : null;
  } catch (error) {
    return `it cannot be read (${(error as Error).message})`;
  } finally {
    db.close();
  }
}

export function databaseSize(file: string) {
  return ["", "-wal"].reduce(
    (total, suffix) => total + (existsSync(file + suffix) ? statSync(file + suffix).size : 0),
    0,
  );
}

/** Makes the database unless a usable one is there; returns whether it was reused. */
export async function prepareDatabase(
  file: string,
  { regenerate, stories = DEFAULT_STORIES }: { regenerate: boolean; stories?: number },
) {
  if (existsSync(file) && !regenerate) {
    const reason = staleReason(file);
    if (!reason) return true;
    console.log(`The kept database is not reused: ${reason}.`);
  }
  // Generated under another name and renamed at the end, so an interrupted run leaves nothing half-made behind.
  const partial = `${file}.partial`;
  for (const path of [file, partial]) for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  await generate(partial, countsFor(stories));
  renameSync(partial, file);
  return false;
}

async function generate(file: string, counts: Counts) {
  const started = performance.now();
  const migrate = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  console.log(`  migrations applied                 ${seconds(performance.now() - started)}`);

  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144"); // 256 MiB: the indexes of the big tables stay in memory while they grow.
  db.pragma("temp_store = MEMORY");
  db.pragma("foreign_keys = OFF"); // checked once at the end instead of on every row

  const random = createRandom(SEED);
  const newId = createIdFactory(random);
  const now = Date.now();
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const timed = (label: string, work: () => number) => {
    const start = performance.now();
    const rows = work();
    console.log(
      `  ${label.padEnd(16)} ${rows.toLocaleString("en").padStart(10)} rows  ${seconds(performance.now() - start)}`,
    );
  };
  // One transaction per table: the indexes' pages are written once at the commit, not once per batch.
  const insert = (table: string, columns: string[], rows: Iterable<Row>) => {
    const statement = db.prepare(
      `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    );
    return db.transaction(() => {
      let count = 0;
      for (const row of rows) {
        statement.run(row);
        count++;
      }
      return count;
    })();
  };

  const orgCreated = now - 5 * 365 * DAY;
  // "Organization" is the table's name: the model Organisation maps to it (schema.prisma).
  timed("Organization", () =>
    insert(
      "Organization",
      ["id", "name", "brandPromise", "defaultLanguage", "newHireDays", "createdAt", "updatedAt"],
      [
        [
          newId(orgCreated),
          "Benchmark Living",
          "We help you make your home yours, and stay with you until it feels right.",
          "en",
          90,
          sqliteDate(orgCreated),
          sqliteDate(orgCreated),
        ],
      ],
    ),
  );

  const valueIds = values.map(() => newId(orgCreated));
  timed("Value", () =>
    insert(
      "Value",
      ["id", "slug", "name", "explanation", "colour", "kind", "position", "createdAt", "updatedAt"],
      values.map((value, position) => [
        valueIds[position]!,
        value.slug,
        value.name,
        line(random, "en", 12, 24),
        value.colour,
        value.kind,
        position,
        sqliteDate(orgCreated),
        sqliteDate(orgCreated),
      ]),
    ),
  );

  const teamIds = Array.from({ length: counts.teams }, () => newId(orgCreated));
  timed("Team", () =>
    insert(
      "Team",
      ["id", "name", "slug", "joinCode", "createdAt"],
      teamIds.map((id, index) => {
        const name = `${index < cities.length ? "Store" : "Service"} ${cities[index % cities.length]!}`;
        const slug = name
          .toLowerCase()
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/[^a-z0-9]+/g, "-");
        return [
          id,
          name,
          slug,
          `B${index.toString().padStart(2, "0")}${random.base36(5).toUpperCase()}`,
          sqliteDate(orgCreated),
        ];
      }),
    ),
  );

  const users = makeUsers(random, newId, now, counts);
  const usernames = new Set<string>();
  timed("User", () =>
    insert(
      "User",
      [
        "id",
        "username",
        "email",
        "name",
        "passwordHash",
        "role",
        "language",
        "teamId",
        "joinedAt",
        "lastFeedVisitAt",
        "deactivatedAt",
        "createdAt",
        "updatedAt",
      ],
      users.map((user, index) => {
        const name = index === 0 ? "Bench Manager" : personName(random, user.language);
        let username = index === 0 ? BENCH_USERNAME : usernameOf(name);
        for (let suffix = 2; usernames.has(username); suffix++) username = `${usernameOf(name)}${suffix}`;
        usernames.add(username);
        const lastVisit = index === 0 ? now - DAY : random.chance(0.8) ? now - random.exponential(3 * DAY) : null;
        const deactivated = index > 0 && random.chance(0.01) ? now - random.exponential(60 * DAY) : null;
        return [
          user.id,
          username,
          random.chance(0.7) ? `${username}@bench.example` : null,
          name,
          passwordHash,
          user.role,
          user.language,
          teamIds[user.teamIndex]!,
          sqliteDate(user.joinedAt),
          lastVisit === null ? null : sqliteDate(Math.max(lastVisit, user.joinedAt)),
          deactivated === null ? null : sqliteDate(Math.max(deactivated, user.joinedAt)),
          sqliteDate(user.joinedAt),
          sqliteDate(user.joinedAt),
        ];
      }),
    ),
  );

  const stories = makeStories(random, newId, users, now, counts);
  timed("Story", () =>
    insert(
      "Story",
      [
        "id",
        "authorId",
        "teamId",
        "title",
        "bodyMarkdown",
        "bodyHtml",
        "customerQuote",
        "language",
        "status",
        "publishedAt",
        "editedAt",
        "deletedAt",
        "createdAt",
        "updatedAt",
      ],
      (function* () {
        for (const story of stories) {
          const markdown = body(random, story.language, random.int(60, 200));
          const author = story.authorIndex === null ? null : users[story.authorIndex]!;
          const createdAt = (story.publishedAt ?? now - random.exponential(20 * DAY)) - random.int(5, 120) * 60_000;
          const editedAt =
            story.publishedAt !== null && random.chance(0.05)
              ? Math.min(now, story.publishedAt + random.exponential(2 * DAY))
              : null;
          const deletedAt = story.deleted ? Math.min(now, story.publishedAt! + random.exponential(20 * DAY)) : null;
          yield [
            story.id,
            author?.id ?? null,
            author ? teamIds[author.teamIndex]! : null,
            title(random, story.language),
            markdown,
            bodyHtml(markdown),
            random.chance(0.3) ? `"${line(random, story.language, 5, 15)}"` : "",
            story.language,
            story.publishedAt === null ? "draft" : "published",
            nullableDate(story.publishedAt),
            nullableDate(editedAt),
            nullableDate(deletedAt),
            sqliteDate(createdAt),
            sqliteDate(editedAt ?? story.publishedAt ?? createdAt),
          ];
        }
      })(),
    ),
  );

  timed("StoryValue", () =>
    insert(
      "StoryValue",
      ["storyId", "valueId"],
      (function* () {
        for (const story of stories)
          for (const index of distinct(random, random.int(1, 3), values.length)) yield [story.id, valueIds[index]!];
      })(),
    ),
  );
  timed("StoryDimension", () =>
    insert(
      "StoryDimension",
      ["storyId", "dimension"],
      (function* () {
        for (const story of stories)
          for (const index of distinct(random, random.int(0, 3), dimensions.length))
            yield [story.id, dimensions[index]!];
      })(),
    ),
  );
  timed("StoryPerson", () =>
    insert(
      "StoryPerson",
      ["storyId", "userId"],
      (function* () {
        for (const story of stories) {
          for (const index of distinct(random, random.int(0, 2), users.length))
            if (index !== story.authorIndex) yield [story.id, users[index]!.id];
        }
      })(),
    ),
  );

  // Popularity: a heavy-tailed weight per published story; reactions, comments and highlights follow it.
  const published = stories.filter((story) => story.publishedAt !== null);
  const popularity = published.map(() => Math.min(300, random.pareto(1.2)));
  const reactionCounts = drawCounts(random, popularity, counts.reactions);
  const activeUser = () => Math.floor(users.length * random.next() ** 1.4); // some people react far more than others

  timed("Reaction", () =>
    insert(
      "Reaction",
      ["id", "storyId", "userId", "kind", "createdAt"],
      (function* () {
        for (const [index, story] of published.entries()) {
          const count = Math.min(reactionCounts[index]!, (users.length - 1) * reactionKinds.length);
          const given = new Set<number>();
          while (given.size < count) {
            const userIndex = activeUser();
            const roll = random.next();
            const kind = roll < 0.6 ? 0 : roll < 0.85 ? 1 : 2;
            const key = userIndex * 3 + kind;
            if (userIndex === story.authorIndex || given.has(key)) continue;
            given.add(key);
            const createdAt = Math.min(now - 1000, story.publishedAt! + random.exponential(1.5 * DAY));
            yield [newId(createdAt), story.id, users[userIndex]!.id, reactionKinds[kind]!, sqliteDate(createdAt)];
          }
        }
      })(),
    ),
  );

  const commentCounts = drawCounts(
    random,
    popularity.map((weight) => weight ** 0.8),
    counts.comments,
  );
  const managers = users.filter((user) => user.role !== "employee");
  timed("Comment", () =>
    insert(
      "Comment",
      ["id", "storyId", "authorId", "body", "deletedAt", "removedAt", "removedById", "removedReason", "createdAt"],
      (function* () {
        for (const [index, story] of published.entries()) {
          const times = Array.from({ length: commentCounts[index]! }, () =>
            Math.min(now - 1000, story.publishedAt! + random.exponential(2 * DAY)),
          ).sort((a, b) => a - b);
          for (const createdAt of times) {
            const fate = random.next();
            const later = sqliteDate(Math.min(now, createdAt + random.exponential(DAY)));
            yield [
              newId(createdAt),
              story.id,
              users[activeUser()]!.id,
              line(random, story.language, 5, 30),
              fate < 0.01 ? later : null,
              fate >= 0.01 && fate < 0.015 ? later : null,
              fate >= 0.01 && fate < 0.015 ? random.pick(managers).id : null,
              fate >= 0.01 && fate < 0.015 ? "Off topic" : null,
              sqliteDate(createdAt),
            ];
          }
        }
      })(),
    ),
  );

  timed("Highlight", () => {
    // Managers highlight well-received stories: a random 2,000 of the 8,000 most popular.
    const candidates = published
      .map((story, index) => ({ story, weight: popularity[index]! }))
      .filter(({ story }) => !story.deleted);
    candidates.sort((a, b) => b.weight - a.weight);
    const chosen = [...distinct(random, counts.highlights, Math.min(8_000, candidates.length))]
      .sort((a, b) => a - b)
      .map((index) => candidates[index]!.story);
    chosen.sort((a, b) => a.publishedAt! - b.publishedAt!);
    return insert(
      "Highlight",
      ["id", "storyId", "managerId", "note", "createdAt"],
      chosen.map((story) => {
        const createdAt = Math.min(now - 1000, story.publishedAt! + HOUR + random.exponential(DAY));
        return [
          newId(createdAt),
          story.id,
          random.pick(managers).id,
          line(random, story.language, 6, 20),
          sqliteDate(createdAt),
        ];
      }),
    );
  });

  timed("Story counters", () => {
    // The same counts the app keeps on the row (see reactions.server.ts and comments.server.ts).
    const reactions = db
      .prepare(
        `
      UPDATE "Story" SET "reactionCount" = r.total, "reactorCount" = r.people
      FROM (SELECT "storyId", COUNT(*) AS total, COUNT(DISTINCT "userId") AS people FROM "Reaction" GROUP BY "storyId") AS r
      WHERE "Story"."id" = r."storyId"`,
      )
      .run();
    db.prepare(
      `
      UPDATE "Story" SET "commentCount" = c.total
      FROM (SELECT "storyId", COUNT(*) AS total FROM "Comment" WHERE "deletedAt" IS NULL AND "removedAt" IS NULL GROUP BY "storyId") AS c
      WHERE "Story"."id" = c."storyId"`,
    ).run();
    return reactions.changes;
  });

  const { REBUILD_SEARCH_INDEX_SQL } = await import("../app/models/search.server");
  timed("StorySearch", () => {
    db.exec(REBUILD_SEARCH_INDEX_SQL);
    return (db.prepare(`SELECT COUNT(*) AS count FROM "StorySearch"`).get() as { count: number }).count;
  });

  // Foreign keys were off for speed; the data must still satisfy every one of them.
  const checkStarted = performance.now();
  const violations = db.pragma("foreign_key_check") as { table: string }[];
  if (violations.length)
    throw new Error(`The generated data breaks ${violations.length} foreign keys, e.g. in ${violations[0]!.table}`);
  console.log(`  foreign keys checked                ${seconds(performance.now() - checkStarted)}`);

  // Scores, the coverage lift and the "popular" threshold, as the app's seed makes them: through
  // the app's own code, so a server starts on a ranked organisation with nothing left to refresh.
  const rankingStarted = performance.now();
  const [{ createPrismaClient }, { rankAllStories }] = await Promise.all([
    import("../app/utils/db.server"),
    import("../app/models/ranking.server"),
  ]);
  const client = createPrismaClient(`file:${file}`);
  await rankAllStories(client);
  await client.$disconnect();
  console.log(`  stories ranked                      ${seconds(performance.now() - rankingStarted)}`);

  db.pragma(`user_version = ${DATA_VERSION}`);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.pragma("synchronous = NORMAL");
  db.close();
  console.log(`  generated in ${seconds(performance.now() - started)}, ${(databaseSize(file) / 1e6).toFixed(0)} MB`);
}

const HOUR = 60 * 60 * 1000;

function makeUsers(random: Random, newId: (ms: number) => string, now: number, counts: Counts): User[] {
  return Array.from({ length: counts.users }, (_, index): User => {
    if (index === 0)
      return {
        id: newId(now - 3 * 365 * DAY),
        role: "manager",
        language: "en",
        teamIndex: 0,
        joinedAt: now - 3 * 365 * DAY,
      };
    const roll = random.next();
    const role = roll < 0.002 ? "admin" : roll < 0.042 ? "manager" : "employee";
    const languageRoll = random.next();
    const language: Language = languageRoll < 0.35 ? "en" : languageRoll < 0.75 ? "de" : "nl";
    // Joined over five years; about one in twenty is within the 90-day new-hire window.
    const joinedAt = now - random.next() * 5 * 365 * DAY;
    return { id: newId(joinedAt), role, language, teamIndex: random.int(0, counts.teams - 1), joinedAt };
  });
}

function makeStories(
  random: Random,
  newId: (ms: number) => string,
  users: User[],
  now: number,
  counts: Counts,
): Story[] {
  // Ages from an exponential distribution cut at two years: denser the more recent.
  const cut = 1 - Math.exp(-HISTORY_DAYS / MEAN_AGE_DAYS);
  const times = Array.from(
    { length: counts.stories },
    () => now - 60_000 - -Math.log(1 - random.next() * cut) * MEAN_AGE_DAYS * DAY,
  ).sort((a, b) => a - b);
  return times.map((time): Story => {
    // Some people write far more than others; nobody writes before they joined.
    let authorIndex: number | null = null;
    for (let attempt = 0; attempt < 20 && authorIndex === null; attempt++) {
      const candidate = Math.floor(users.length * random.next() ** 2);
      if (users[candidate]!.joinedAt <= time) authorIndex = candidate;
    }
    if (random.chance(0.005)) authorIndex = null; // an author who left and took their name with them
    const authorLanguage = authorIndex === null ? "en" : users[authorIndex]!.language;
    const language = random.chance(0.85) ? authorLanguage : random.pick(["en", "de", "nl"] as const);
    const isDraft = random.chance(0.02);
    return {
      id: newId(time),
      authorIndex,
      language,
      publishedAt: isDraft ? null : time,
      deleted: !isDraft && random.chance(0.01),
    };
  });
}

/** Distributes `total` draws over the weights (a multinomial draw): heavy weights get many. */
function drawCounts(random: Random, weights: number[], total: number) {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  for (const [index, weight] of weights.entries()) {
    sum += weight;
    cumulative[index] = sum;
  }
  const counts = new Uint32Array(weights.length);
  for (let draw = 0; draw < total; draw++) {
    const target = random.next() * sum;
    let low = 0;
    let high = weights.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    counts[low] = counts[low]! + 1;
  }
  return counts;
}

/** `count` different indexes below `size`. */
function distinct(random: Random, count: number, size: number) {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, size)) chosen.add(Math.floor(random.next() * size));
  return chosen;
}

const nullableDate = (ms: number | null) => (ms === null ? null : sqliteDate(ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(5)} s`;
