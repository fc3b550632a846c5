import { expect, test } from "@playwright/test";
import { EMPTY_URL } from "../../playwright.config";
import { expectAccessible } from "./helpers";

test("the first visitor creates the organisation and its admin, and keeps what they typed on a mistake", async ({
  page,
}) => {
  await page.goto(`${EMPTY_URL}/`);
  await expect(page).toHaveURL(`${EMPTY_URL}/setup`);
  await expect(page.getByRole("heading", { level: 1, name: "Set up Brandworthy" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Organisation name").fill("Harbour Bikes");
  await page.getByLabel("Your name").fill("Ida Admin");
  await page.getByLabel("Username").fill("Ida Admin!");
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Create organisation" }).click();

  const username = page.getByLabel("Username");
  await expect(username).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use 3 to 32 lowercase letters")).toBeVisible();
  await expect(page.getByLabel("Organisation name")).toHaveValue("Harbour Bikes");
  await expect(page.getByLabel("Your name")).toHaveValue("Ida Admin");
  await expectAccessible(page);

  await username.fill("ida");
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Ida Admin" })).toBeVisible();

  // The organisation exists now: setup is closed for everyone else.
  await page.goto(`${EMPTY_URL}/setup`);
  await expect(page).not.toHaveURL(/\/setup$/);
});
