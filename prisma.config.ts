// The Prisma CLI runs on its WebAssembly engines here: there is no internet to download binaries.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/dev/null";
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/dev/null";

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// Same default as app/utils/env.server.ts.
const url = process.env.DATABASE_URL ?? "file:./data/brandworthy.db";
mkdirSync(dirname(url.replace(/^file:/, "")), { recursive: true });

// The JavaScript engine replays each migration.sql into the shadow database as one prepared
// statement, which better-sqlite3 refuses for multi-statement files; send those to executeScript.
class MigrationAwareSQLite extends PrismaBetterSQLite3 {
  override async connectToShadowDb() {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) =>
      query.args.length === 0 ? (await shadow.executeScript(query.sql), 0) : executeRaw(query);
    return shadow;
  }
}

export default defineConfig({
  engine: "js",
  experimental: { adapter: true, externalTables: true },
  schema: "prisma/schema.prisma",
  // The full-text index and its shadow tables are made by a hand-written migration, not the schema.
  tables: {
    external: [
      "StorySearch",
      "StorySearch_config",
      "StorySearch_content",
      "StorySearch_data",
      "StorySearch_docsize",
      "StorySearch_idx",
      "StoryWords",
      "StoryWords_config",
      "StoryWords_content",
      "StoryWords_data",
      "StoryWords_docsize",
      "StoryWords_idx",
    ],
  },
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => new MigrationAwareSQLite({ url }),
});
