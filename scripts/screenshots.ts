// `npm run screenshots`: the README's phone-size pictures of the demo organisation. Builds nothing:
// it starts the built app (`npm run build` first) on a fresh demo database, the way the e2e run
// does, signs in as demo people who read English, and writes docs/screenshots/*.jpg.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { chromium } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/seed";

const port = process.env.SCREENSHOTS_PORT ?? "3300";
const origin = `http://localhost:${port}`;
const outDir = join(process.cwd(), "docs/screenshots");
// GitHub shows JPEGs inline; at this quality each stays well under 150 kB.
const quality = 70;

if (!existsSync("build/server/index.js")) throw new Error("Build the app first: npm run build");

const server = spawn("npx", ["tsx", "tests/e2e/start-server.ts", "seeded", port, "screenshots"], {
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const stopServer = () => {
  // The server runs under npx and tsx: end the whole group it leads.
  if (server.pid) process.kill(-server.pid, "SIGTERM");
};

async function waitForServer() {
  // Seeding draws the demo photos first: allow a few minutes on a busy machine.
  for (let attempt = 0; attempt < 360; attempt++) {
    try {
      if ((await fetch(`${origin}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer on ${origin}`);
}

/** A phone of its own for one demo person, signed in through the real form. */
async function phoneFor(browser: Browser, username: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "en-GB",
    colorScheme: "light",
    baseURL: origin,
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Username or e-mail address").fill(username);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  return page;
}

async function shoot(page: Page, path: string, name: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const file = join(outDir, `${name}.jpg`);
  await page.screenshot({ path: file, type: "jpeg", quality });
  console.log(`${file} (${Math.round(statSync(file).size / 1024)} kB)`);
}

try {
  await waitForServer();
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  // Noah Wright (employee), Zoë Clarke (new hire) and Marcus Bennett (manager) read English.
  const employee = await phoneFor(browser, "noah.wright");
  await shoot(employee, "/", "feed");
  await shoot(employee, "/stories/new", "composer");
  // The first story of the feed written in English.
  await employee.goto("/");
  const story = await employee
    .getByRole("article")
    .filter({ has: employee.locator("h2[lang='en']") })
    .first()
    .locator("a[href^='/stories/']")
    .first()
    .getAttribute("href");
  await shoot(employee, story!, "story");
  await shoot(await phoneFor(browser, "zoe.clarke"), "/welcome", "welcome");
  await shoot(await phoneFor(browser, "marcus.bennett"), "/insights", "insights");
  await browser.close();
} finally {
  stopServer();
}
