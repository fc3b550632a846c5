import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, request, test } from "@playwright/test";
import { SEEDED_URL } from "../../playwright.config";
import { DEMO_PASSWORD, signIn } from "./helpers";

// A second app server on the same database, as a load balancer would put beside the first: a
// person's "Show more" may reach either. Nothing the feed needs may live in one process.
const secondPort = Number(new URL(SEEDED_URL).port) + 2;
const SECOND_URL = `http://localhost:${secondPort}`;
let second: ChildProcess;

test.beforeAll(async () => {
  const dir = join(process.cwd(), "tests/.tmp");
  second = spawn("node", ["server/index.js"], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: `file:${join(dir, "e2e-seeded.db")}`,
      UPLOADS_DIR: join(dir, "e2e-seeded-uploads"),
      NODE_ENV: "production",
      PORT: String(secondPort),
      HOST: "127.0.0.1",
      APP_ORIGIN: SECOND_URL,
      WEB_CONCURRENCY: "1",
    },
  });
  await expect
    .poll(async () => (await fetch(`${SECOND_URL}/login`).catch(() => null))?.status ?? 0, { timeout: 30_000 })
    .toBe(200);
});

test.afterAll(() => {
  second.kill("SIGTERM");
});

/** The stories on the page, by the ids their cards carry (the reader's language does not matter). */
const storiesOn = async (page: Page) =>
  (await page.locator("article[id^='story-']").evaluateAll((cards) => cards.map((card) => card.id))).map((id) =>
    id.replace(/^story-/, ""),
  );

/** Where "Show more" leads without JavaScript: the next page's URL, cursor and all. */
async function showMoreHref(page: Page) {
  const more = page.locator("a[href*='cursor=']");
  return (await more.count()) ? more.getAttribute("href") : null;
}

/** Someone else, signed in on the other server, reacting while the first person reads. */
async function colleague(baseURL: string, username: string) {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const login = await context.post("/login", { form: { login: username, password: DEMO_PASSWORD }, maxRedirects: 0 });
  expect(login.status()).toBe(302);
  return context;
}

const react = (context: APIRequestContext, storyId: string, want: "yes" | "no") =>
  context.post(`/stories/${storyId}`, { form: { intent: "react", kind: "applause", want }, maxRedirects: 0 });

test("Best pages alternate between two servers without a repeat or a gap while scores change", async ({ page }) => {
  // Every story in "New" order, read before anything changes: what "Best" must show, once each.
  await signIn(page, "mia.schulz");
  const everyStory: string[] = [];
  for (let next: string | null = "/?tab=new"; next;) {
    await page.goto(next);
    everyStory.push(...(await storiesOn(page)));
    next = await showMoreHref(page);
  }
  expect(everyStory.length).toBeGreaterThan(30);

  // Signing in on both servers at once: each writes a session and a rate-limit row.
  const others = await Promise.all([colleague(SECOND_URL, "tom.deboer"), colleague(SEEDED_URL, "joris.vandijk")]);
  const seen: string[] = [];
  let round = 0;
  for (let next: string | null = "/"; next; round++) {
    // Odd pages from the second server, even ones from the first: the cursor travels between them.
    await page.goto(`${round % 2 ? SECOND_URL : SEEDED_URL}${next}`);
    const shown = await storiesOn(page);
    seen.push(...shown);
    // A story not reached yet jumps up, one just read drops, on either server.
    const ahead = everyStory.filter((id) => !seen.includes(id)).at(-1);
    for (const other of others) if (ahead) expect((await react(other, ahead, "yes")).status()).toBe(302);
    if (round < 2) for (const other of others) await react(other, shown[0]!, "no");
    next = await showMoreHref(page);
  }
  expect(round).toBeGreaterThan(2);
  expect(seen.length, "no story twice").toBe(new Set(seen).size);
  expect([...seen].sort(), "every story once").toEqual([...everyStory].sort());
  for (const other of others) await other.dispose();
});
