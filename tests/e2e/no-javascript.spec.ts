import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

test.use({ javaScriptEnabled: false });

test("without JavaScript a person signs in, switches language and saves the profile", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Username or e-mail address").fill("grace.okafor");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Grace Okafor" })).toBeVisible();

  await page.getByLabel("Language").selectOption("de");
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hallo, Grace Okafor" })).toBeVisible();

  await page.goto("/profile");
  // A single space passes the browser's own check; the server's trimmed schema still refuses it.
  await page.getByLabel("Ihr Name").fill(" ");
  await page.getByRole("button", { name: "Speichern" }).first().click();
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.").first()).toBeVisible();
  await page.getByLabel("Ihr Name").fill("Grace A. Okafor");
  await page.getByRole("button", { name: "Speichern" }).first().click();
  await expect(page.getByRole("status")).toHaveText("Ihr Profil wurde gespeichert.");
});
