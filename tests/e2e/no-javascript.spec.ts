import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

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

test("without JavaScript a reaction on a card returns to the same page of the list, at that card", async ({ page }) => {
  await signIn(page, "priya.shah");
  await page.goto("/?tab=new");
  await page.getByRole("link", { name: "Show more" }).click();
  await expect(page).toHaveURL(/cursor=/);
  const listUrl = page.url();
  const card = page.getByRole("list", { name: "Stories" }).getByRole("article").nth(6);
  const title = (await card.getByRole("heading").textContent())!;
  const id = await card.getAttribute("id");
  const inspiring = card.getByRole("button", { name: /Inspiring/ });
  const wasPressed = (await inspiring.getAttribute("aria-pressed")) === "true";
  const after = Number((await inspiring.textContent())!.match(/\d+/)![0]) + (wasPressed ? -1 : 1);

  await inspiring.click();
  await expect(page).toHaveURL(`${listUrl}#${id}`);
  const back = page.getByRole("article", { name: title, exact: true });
  await expect(back).toBeInViewport();
  await expect(back.getByRole("button", { name: /Inspiring/ })).toHaveAttribute("aria-pressed", String(!wasPressed));
  await expect(back.getByRole("button", { name: /Inspiring/ })).toContainText(String(after));
});
