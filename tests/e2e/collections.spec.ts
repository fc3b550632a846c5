import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { expectAccessible, newDevice, signIn } from "./helpers";

// One journey in order: a manager builds a collection for new hires and assigns it to a colleague
// (without JavaScript), checks the pages with axe, drags a story into place and assigns by
// type-ahead (with it), then a new hire reads it through.
// Sabine Keller (manager) and Hannah Richter (new hire) both use the app in German.
test.describe.configure({ mode: "serial" });

const collectionTitle = "Woche 1: Ruhig bleiben am Telefon";
const stories = {
  waiting: "Ehrliche Wartezeit statt „gleich sind Sie dran“",
  calm: "Jana bleibt ruhig, auch wenn es laut wird",
  takeover: "Aylin hat einfach übernommen",
};
let collectionPath = "";

/** A button or link whose visible label is followed by the (screen-reader only) name of what it acts on. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const named = (label: string, title: string) => new RegExp(`^${escapeRegExp(label)}\\W+${escapeRegExp(title)}$`);

const itemTitles = (page: Page) =>
  page
    .getByRole("region", { name: /Geschichten, in Lesereihenfolge/ })
    .getByRole("listitem")
    .getByRole("link");

async function addBySearch(page: Page, query: string, title: string) {
  // The search's own button: without JavaScript the people picker has a "Suchen" (Find) too.
  const search = page.getByRole("search", { name: "Geschichten zum Hinzufügen finden" });
  await search.getByRole("searchbox", { name: "Geschichten zum Hinzufügen finden" }).fill(query);
  await search.getByRole("button", { name: "Suchen", exact: true }).click();
  await page.getByRole("button", { name: named("Hinzufügen", title) }).click();
  await expect(page.getByRole("status")).toHaveText(`„${title}“ wurde der Sammlung hinzugefügt.`);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a manager builds a three-story collection for new hires by search and reorders it with buttons", async ({
    page,
  }) => {
    await signIn(page, "sabine.keller");
    await page.goto("/collections");
    await page.getByRole("link", { name: "Neue Sammlung" }).click();

    // A first try without a title keeps what was typed.
    await page.getByLabel("Einleitung").fill("Drei Gespräche, in denen jemand **ruhig und ehrlich** geblieben ist.");
    await page.getByRole("radio", { name: "Neue Mitarbeitende in ihren ersten 90 Tagen" }).check();
    await page.getByRole("button", { name: "Sammlung anlegen" }).click();
    await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();
    await expect(page.getByLabel("Einleitung")).toHaveValue(
      "Drei Gespräche, in denen jemand **ruhig und ehrlich** geblieben ist.",
    );

    await page.getByLabel("Titel", { exact: true }).fill(collectionTitle);
    await page.getByRole("button", { name: "Sammlung anlegen" }).click();
    await expect(page.getByRole("status")).toHaveText(
      `Die Sammlung „${collectionTitle}“ wurde angelegt. Fügen Sie nun die Geschichten hinzu.`,
    );
    await expect(page).toHaveURL(/\/collections\/[a-z0-9-]+\/edit/);
    collectionPath = new URL(page.url()).pathname.replace(/\/edit$/, "");

    await addBySearch(page, "Wartezeit", stories.waiting);
    await addBySearch(page, "Jana ruhig", stories.calm);
    await addBySearch(page, "Aylin übernommen", stories.takeover);
    await expect(itemTitles(page)).toHaveText([stories.waiting, stories.calm, stories.takeover]);

    await page.getByRole("button", { name: named("Nach oben", stories.takeover) }).click();
    await expect(itemTitles(page)).toHaveText([stories.waiting, stories.takeover, stories.calm]);
    await page.getByRole("button", { name: named("Nach unten", stories.waiting) }).click();
    await expect(itemTitles(page)).toHaveText([stories.takeover, stories.waiting, stories.calm]);

    await page.getByText(named("Notiz hinzufügen", stories.takeover)).click();
    const first = page
      .getByRole("region", { name: /Geschichten, in Lesereihenfolge/ })
      .getByRole("listitem")
      .first();
    await first
      .getByLabel("Notiz der Kuratorin oder des Kurators")
      .fill("Achten Sie darauf, wie Aylin das Gespräch übernimmt.");
    await first.getByRole("button", { name: named("Notiz speichern", stories.takeover) }).click();
    await expect(page.getByRole("status")).toHaveText("Die Notiz wurde gespeichert.");

    // Assigning: the list offers Sabine's own team; someone from another team is found by name.
    const assignments = page.getByRole("region", { name: "Personen zugewiesen" });
    await expect(assignments.getByRole("checkbox", { name: /Sven Koch/ })).toHaveCount(0);
    await assignments.getByLabel("Jemand aus einem anderen Team? Nach Namen suchen").fill("Sven");
    await assignments.getByRole("button", { name: "Suchen", exact: true }).click();
    await expect(assignments.getByRole("status")).toHaveText(
      "1 Person gefunden: Wählen Sie sie in der Liste oben aus.",
    );
    await expect(assignments.getByRole("checkbox", { name: /Sven Koch/ })).toBeFocused();
    await assignments.getByRole("checkbox", { name: /Sven Koch/ }).check();
    await assignments.getByRole("button", { name: "Zuweisen", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Die Sammlung wurde zugewiesen. Die Personen werden in ihren Benachrichtigungen informiert.",
    );
    await expect(assignments.getByRole("button", { name: named("Zuweisung entfernen", "Sven Koch") })).toBeVisible();

    await page.goto(collectionPath);
    await expect(page.getByRole("heading", { level: 1, name: collectionTitle })).toBeVisible();
    await expect(page.locator(".story-body strong")).toHaveText("ruhig und ehrlich");
    await expect(
      page.getByText("Warum diese Geschichte: Achten Sie darauf, wie Aylin das Gespräch übernimmt."),
    ).toBeVisible();
  });
});

test.describe("with JavaScript", () => {
  test("the manager's pages pass axe, and a story can be dragged into place", async ({ page }) => {
    await signIn(page, "sabine.keller");
    await page.goto("/collections");
    await expect(page.getByRole("link", { name: collectionTitle })).toBeVisible();
    await expectAccessible(page);
    await page.goto(collectionPath);
    await expectAccessible(page);

    await page.goto(`${collectionPath}/edit`);
    await expect(itemTitles(page)).toHaveText([stories.takeover, stories.waiting, stories.calm]);
    await expectAccessible(page);
    const cards = page.getByRole("region", { name: /Geschichten, in Lesereihenfolge/ }).getByRole("listitem");
    const saved = page.waitForResponse(
      (response) => response.request().method() === "POST" && response.url().includes("/edit"),
    );
    // The phone profile emulates touch, where Chromium starts no native drag from a mouse, so
    // the drag events are sent as a browser would send them.
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
    const handle = cards.nth(2).getByTitle("Zum Verschieben ziehen");
    await handle.dispatchEvent("dragstart", { dataTransfer });
    await cards.nth(0).dispatchEvent("dragover", { dataTransfer });
    await cards.nth(0).dispatchEvent("drop", { dataTransfer });
    await handle.dispatchEvent("dragend", { dataTransfer });
    await saved;
    await expect(itemTitles(page)).toHaveText([stories.calm, stories.takeover, stories.waiting]);
    await page.reload();
    await expect(itemTitles(page)).toHaveText([stories.calm, stories.takeover, stories.waiting]);

    await page.goto("/collections/progress");
    const hannah = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Hannah Richter/ }) });
    await expect(hannah.getByRole("listitem").filter({ hasText: collectionTitle })).toContainText("0 von 3 gelesen");
    // Only Sabine's own team: Tom de Boer works in the store.
    await expect(page.getByRole("heading", { name: /Tom de Boer/ })).toHaveCount(0);
    await expectAccessible(page);

    // Assigning by type-ahead; whoever is assigned already is shown so, and cannot be chosen again.
    await page.goto(`${collectionPath}/edit`);
    const assignments = page.getByRole("region", { name: "Personen zugewiesen" });
    const people = assignments.getByRole("combobox", { name: "Zuweisen an" });
    await people.fill("Kem");
    await assignments.getByRole("option", { name: /Kemal Demir/ }).click();
    await expect(assignments.getByRole("button", { name: "Kemal Demir entfernen" })).toBeVisible();
    await assignments.getByRole("button", { name: "Zuweisen", exact: true }).click();
    await expect(assignments.getByRole("button", { name: named("Zuweisung entfernen", "Kemal Demir") })).toBeVisible();
    await expect(assignments.getByRole("button", { name: "Kemal Demir entfernen" })).toHaveCount(0);
    await people.fill("Kem");
    await expect(assignments.getByRole("option", { name: /Kemal Demir.*bereits zugewiesen/ })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await expectAccessible(page);
  });

  test("a new hire reads the collection through with “I've read this” and is told when it is done", async ({
    browser,
  }) => {
    const page = await newDevice(browser);
    await signIn(page, "hannah.richter");
    await page.goto("/welcome");
    await expect(page.getByRole("heading", { level: 1, name: "Willkommen, Hannah Richter" })).toBeVisible();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: collectionTitle }) });
    await expect(card).toContainText("0 von 3 gelesen");
    await expectAccessible(page);

    await card.getByRole("link", { name: named("Mit dem Lesen beginnen", collectionTitle) }).click();
    const expected = [stories.calm, stories.takeover, stories.waiting];
    for (const [index, title] of expected.entries()) {
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      const bar = page.getByRole("navigation", { name: `Sammlung: ${collectionTitle}` });
      await expect(bar).toContainText(`${index + 1} von 3`);
      if (index === 1) {
        await expect(bar.getByRole("link", { name: /Zurück/ })).toHaveAttribute("href", /\?collection=/);
        await expectAccessible(page);
      }
      await bar.getByRole("button", { name: "Ich habe das gelesen" }).click();
    }

    await expect(page).toHaveURL(new RegExp(`${collectionPath}$`));
    await expect(page.getByRole("status")).toHaveText(`Sie haben ${collectionTitle} abgeschlossen!`);
    await expect(page.getByText("3 von 3 gelesen")).toBeVisible();
    await expectAccessible(page);

    await page.goto("/welcome");
    await expect(card.getByText(`Sie haben „${collectionTitle}“ abgeschlossen.`)).toBeVisible();
  });
});
