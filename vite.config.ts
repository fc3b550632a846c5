import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vitest/config";
import remixConfig from "./remix.config.js";
import { queryLog } from "./scripts/vite-query-log";
import { shellChunk } from "./scripts/vite-shell-chunk";
import { translations } from "./scripts/vite-translations";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const isVitest = Boolean(process.env.VITEST);

export default defineConfig(({ isSsrBuild }) => ({
  // Under Vitest the Remix plugin is left out: component tests would fail on its missing preamble.
  plugins: [tailwindcss(), translations(), ...(isVitest ? [] : [remix(remixConfig), queryLog()])],
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  // Routes wait for their translations with a top-level await (app/utils/translation-areas.ts):
  // browsers from 2021 on (Chrome 89, Safari 15, Firefox 89).
  build: {
    target: "es2022",
    rollupOptions: isSsrBuild ? {} : { output: { manualChunks: shellChunk() } },
  },
  server: { port: Number(process.env.PORT ?? 3000) },
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/setup/global.ts"],
    setupFiles: ["tests/setup/each-file.ts"],
    pool: "forks",
    testTimeout: 20_000,
    // As the server does (server/index.js): calendar arithmetic in UTC.
    env: { TZ: "UTC" },
    hookTimeout: 60_000,
  },
}));
