import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const cards = (page: Page) => page.getByRole("list", { name: "Stories" }).getByRole("article");
// A filter choice is a chip: a visually hidden checkbox in its label, which is what is tapped.
const chooseChip = async (page: Page, name: string) => {
  const box = page.getByRole("checkbox", { name });
  await page.locator("label").filter({ has: box }).click();
  await expect(box).toBeChecked();
};

for (const withJavaScript of [true, false]) {
  test.describe(withJavaScript ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: withJavaScript });

    test("filter by a value, search within it, and show more", async ({ page }) => {
      // Ten cards with photos, faces and reaction forms: axe needs longer than a plain page.
      test.slow();
      await signIn(page, withJavaScript ? "marcus.bennett" : "oliver.hughes");
      await expect(cards(page)).toHaveCount(10);
      if (withJavaScript) await expectAccessible(page);

      // A bottom sheet with JavaScript, a disclosure below its button without.
      await page.getByText("Filters", { exact: true }).click();
      await chooseChip(page, "Only Own it");
      await chooseChip(page, "Hide Store Utrecht Centrum");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/value=own-it/);
      // After Apply the results are in view, not the panel.
      await expect(page.getByRole("button", { name: "Apply filters" })).toBeHidden();
      await expect(page.getByRole("button", { name: "Filters (2)" }).or(page.getByText("Filters (2)"))).toBeVisible();
      await expect(page).toHaveURL(/xteam=store-utrecht/);
      await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Own it");
      await expect(page.getByRole("list", { name: "Active filters" })).toContainText("without Store Utrecht Centrum");
      const filtered = await cards(page).count();
      expect(filtered).toBeGreaterThan(0);
      for (const card of await cards(page).all()) {
        await expect(card).toContainText("Own it");
        await expect(card).not.toContainText("Store Utrecht Centrum");
      }
      if (withJavaScript) await expectAccessible(page);

      // The search keeps the filters; matching words are marked.
      await page.getByRole("searchbox", { name: "Search stories" }).fill("ersatzteil");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/q=ersatzteil/);
      await expect(page).toHaveURL(/value=own-it/);
      const found = cards(page);
      await expect(found.first()).toBeVisible();
      await expect(found.first().locator("mark").first()).toHaveText(/ersatzteil/i);

      await page.getByRole("searchbox", { name: "Search stories" }).fill('"unbalanced (quote');
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByText(/No stories match/)).toBeVisible();

      // Show more on the New tab.
      await page.goto("/?tab=new");
      const firstPage = await cards(page).allTextContents();
      expect(firstPage).toHaveLength(10);
      await page.getByRole("link", { name: "Show more" }).click();
      if (withJavaScript) {
        await expect(cards(page)).toHaveCount(20);
        await expect(page).toHaveURL(/\/\?tab=new$/);
      } else {
        await expect(page).toHaveURL(/cursor=/);
        await expect(cards(page)).toHaveCount(10);
      }
      const all = await cards(page).allTextContents();
      const next = withJavaScript ? all.slice(10) : all;
      expect(next.filter((text) => firstPage.includes(text))).toEqual([]);
    });
  });
}

test("a reaction given on a card counts at once and stays on the page", async ({ page }) => {
  await signIn(page, "noah.wright");
  // A seeded story with photos that no other journey reacts to.
  const title = "Ein Sessel zum 80. Geburtstag";
  await page.goto("/?q=Geburtstag");
  const card = page.getByRole("article", { name: title, exact: true });
  await expect(card.getByRole("img", { name: /./ }).first()).toBeVisible();
  const applause = card.getByRole("button", { name: /Applause/ });
  const wasPressed = (await applause.getAttribute("aria-pressed")) === "true";
  const after = Number((await applause.textContent())!.match(/\d+/)![0]) + (wasPressed ? -1 : 1);
  // React has taken the button over (its props sit on the element), so the tap is sent in place.
  await expect
    .poll(() => applause.evaluate((button) => Object.keys(button).some((key) => key.startsWith("__reactProps"))))
    .toBe(true);
  // A navigation would start a new document and lose this mark.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await applause.click();
  await expect(applause).toHaveAttribute("aria-pressed", String(!wasPressed));
  await expect(applause).toContainText(String(after));
  expect((await answered).status()).toBe(200);
  await expect(applause).toHaveAttribute("aria-pressed", String(!wasPressed));
  await expect(applause).toContainText(String(after));
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect(page).toHaveURL(/\/\?q=Geburtstag$/);

  // It was stored: the story page shows it too.
  await card.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const onStory = page.getByRole("list", { name: "Reactions" }).getByRole("button", { name: /Applause/ });
  await expect(onStory).toHaveAttribute("aria-pressed", String(!wasPressed));
  await expect(onStory).toContainText(String(after));
});

test("values, a value's page and a dimension's page explain themselves and list examples", async ({ page }) => {
  // Three lists of cards checked by axe.
  test.slow();
  await signIn(page, "grace.okafor");
  await page.goto("/values");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/values/one-team");
  await expect(page.getByRole("heading", { level: 1, name: /One team|Ein Team|Eén team/ })).toBeVisible();
  await expect(cards(page).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/dimensions/equipment");
  await expect(cards(page).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/help");
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
});

test("the personal Atom link of highlights parses as XML, and a wrong token is refused", async ({ page }) => {
  await signIn(page, "zoe.clarke");
  await page.goto("/profile");
  await page.getByRole("button", { name: "Make a feed link" }).click();
  const link = (await page.getByTestId("feed-link").textContent())!.trim();
  await expectAccessible(page);
  const feed = await page.request.get(link);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  const parsed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, "application/xml");
    return {
      error: document.querySelector("parsererror")?.textContent ?? null,
      root: document.documentElement.localName,
    };
  }, xml);
  expect(parsed).toEqual({ error: null, root: "feed" });
  const wrong = await page.request.get(link.replace(/token=.*/, "token=not-the-token"));
  expect(wrong.status()).toBe(401);
});
