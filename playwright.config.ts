import { defineConfig, devices } from "@playwright/test";

// Two production servers on fresh databases: one with the demo organisation, one empty (for setup).
// E2E_PORT moves both, so two checkouts can run their journeys side by side.
const port = Number(process.env.E2E_PORT ?? 3101);
export const SEEDED_URL = `http://localhost:${port}`;
export const EMPTY_URL = `http://localhost:${port + 1}`;

const chromium = {
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  // Without the networking flags Chromium keeps calling hosts this closed network refuses.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  // Journeys of many steps on two shared cores: a minute each, so a busy machine is not a failure.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Pixel 7"],
    baseURL: SEEDED_URL,
    locale: "en-GB",
    launchOptions: chromium,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "phone", use: { browserName: "chromium" } }],
  webServer: [
    {
      command: `npx tsx tests/e2e/start-server.ts seeded ${port}`,
      url: `${SEEDED_URL}/login`,
      // The demo organisation's photos are drawn and processed first.
      timeout: 180_000,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx tests/e2e/start-server.ts empty ${port + 1}`,
      url: `${EMPTY_URL}/setup`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
