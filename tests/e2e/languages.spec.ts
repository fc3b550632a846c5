import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

test.describe("before sign-in the browser's language decides", () => {
  test.use({ locale: "de-DE" });

  test("a German browser gets German, and the switcher remembers Dutch", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await page.getByLabel("Sprache").selectOption("nl");
    await page.getByRole("button", { name: "Wechseln" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expectAccessible(page);
  });
});

test("after sign-in the person's own language wins over the browser's", async ({ page }) => {
  await signIn(page, "joris.vandijk");
  await expect(page.getByRole("heading", { level: 1, name: "Hallo, Joris van Dijk" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).last().getByRole("link", { name: "Delen" }),
  ).toBeVisible();
  await expectAccessible(page);
});
