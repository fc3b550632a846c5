import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, newDevice, signIn } from "./helpers";

test("an anonymous visitor is sent to sign-in and comes back to the page they asked for", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fprofile$/);
  await expectAccessible(page);
  await page.getByLabel("Username or e-mail address").fill("marcus.bennett");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByText("Signed in as marcus.bennett · Manager · Delivery & Assembly")).toBeVisible();
});

test("a wrong password gets one message that does not say whether the name exists, and keeps the name", async ({
  page,
}) => {
  for (const login of ["noah.wright", "nobody.here"]) {
    await page.goto("/login");
    await page.getByLabel("Username or e-mail address").fill(login);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toHaveText("That username and password do not match. Please try again.");
    await expect(page.getByLabel("Username or e-mail address")).toHaveValue(login);
  }
  await expectAccessible(page);
});

test("an e-mail address works for sign-in too", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Username or e-mail address").fill("lena.hoffmann@kompass.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hallo, Lena Hoffmann" })).toBeVisible();
});

test("each role signs in; only an admin reaches the invitations, the others get a friendly 403", async ({ page }) => {
  for (const username of ["priya.shah", "femke.visser"]) {
    await signIn(page, username);
    await expect(page.getByRole("navigation", { name: /Main|Hoofdmenu|Hauptnavigation/ }).first()).toBeVisible();
    const response = await page.goto("/admin/invitations");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not for you|nicht für Sie|niet voor jou/);
    await expectAccessible(page);
    await page.goto("/profile");
    await page.getByRole("button", { name: /^(Sign out|Uitloggen|Abmelden)$/ }).click();
    await expect(page).toHaveURL(/\/login$/);
  }
});

test("the phone layout has the five destinations in a bottom bar, and a translated 404", async ({ page }) => {
  await signIn(page, "oliver.hughes");
  const navigation = page.getByRole("navigation", { name: "Main" }).last();
  for (const name of ["Feed", "Share", "Collections", "Activity", "Me"]) {
    await expect(navigation.getByRole("link", { name })).toBeVisible();
  }
  await expectAccessible(page);
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
  await expectAccessible(page);
});

test("sign out everywhere ends the session on the other device too", async ({ browser }) => {
  const phone = await newDevice(browser);
  const laptop = await newDevice(browser);
  await signIn(phone, "zoe.clarke");
  await signIn(laptop, "zoe.clarke");
  await phone.goto("/profile");
  await expect(phone.getByText("You are signed in on 2 devices or browsers.")).toBeVisible();
  await phone.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(phone).toHaveURL(/\/login$/);
  await laptop.goto("/profile");
  await expect(laptop).toHaveURL(/\/login\?redirectTo=%2Fprofile$/);
});

test("a person changes their name, language and password on the profile page", async ({ page }) => {
  await signIn(page, "thijs.kok");
  await page.goto("/profile");
  await expectAccessible(page);
  await page.getByLabel("Je naam").fill("Thijs de Kok-Verhoeven");
  await page.getByLabel("Taal", { exact: true }).first().selectOption("en");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Your profile was saved.");
  await expect(page.getByText("Signed in as thijs.kok")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Thijs de Kok-Verhoeven");

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a new long password");
  await page.getByLabel("New password again").fill("a new long password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill(DEMO_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("a new long password");
  await page.getByLabel("New password again").fill("a new long password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password was changed.");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  // Signed out once the sign-in page shows: going there sooner can beat the sign-out to the server.
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, "thijs.kok", "a new long password");
});
