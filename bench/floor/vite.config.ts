// The framework floor's build (bench/floor/README in bench/README.md): one Remix route and no
// database, built into bench/.tmp/floor with the same Remix options as the app.
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import remixConfig from "../../remix.config.js";

const here = new URL(".", import.meta.url).pathname;

export default defineConfig({
  root: here,
  logLevel: "warn",
  plugins: [
    remix({
      ...remixConfig,
      appDirectory: `${here}app`,
      buildDirectory: new URL("../.tmp/floor", import.meta.url).pathname,
    }),
  ],
  build: { target: "es2022" },
});
