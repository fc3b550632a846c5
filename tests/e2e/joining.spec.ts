import { expect, test } from "@playwright/test";
import { expectAccessible, newDevice, signIn } from "./helpers";

test("an admin invites a manager for a team, and the link makes their account once", async ({ page, browser }) => {
  await signIn(page, "pieter.bakker");
  await page.goto("/profile");
  await page.getByRole("link", { name: /^(Invitations|Uitnodigingen)$/ }).click();
  await page.getByLabel(/^(Role|Rol)$/).selectOption("manager");
  await page.getByLabel("Team").selectOption({ label: "Customer Contact Centre" });
  await page.getByRole("button", { name: /Create invitation link|Uitnodigingslink maken/ }).click();
  const link = (await page.getByTestId("secret-link").textContent())!.trim();
  expect(link).toMatch(/\/join\/[\w-]+$/);
  // Handed over by scanning it from the screen or by copying it into a message.
  await expect(page.getByRole("img", { name: /QR/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Copy link|Link kopiëren/ })).toBeVisible();
  await expectAccessible(page);

  const invited = await newDevice(browser);
  await invited.goto(new URL(link).pathname);
  await expect(invited.getByRole("note")).toContainText("You are joining as ManagerCustomer Contact Centre");
  await expectAccessible(invited);
  await invited.getByLabel("Your name").fill("Kim Lindqvist");
  // The username is suggested from the name; the person may keep it.
  await expect(invited.getByLabel("Username")).toHaveValue("kim.lindqvist");
  await invited.getByLabel("Password").fill("kims own password");
  await invited.getByRole("button", { name: "Show password" }).click();
  await expect(invited.getByLabel("Password")).toHaveAttribute("type", "text");
  await invited.getByRole("button", { name: "Create my account" }).click();
  await expect(invited).toHaveURL(/\/welcome$/);
  await expect(
    invited.getByText("Welcome to Customer Contact Centre! You sign in with the username kim.lindqvist."),
  ).toBeVisible();
  await invited.goto("/profile");
  await expect(invited.getByText("Signed in as kim.lindqvist · Manager · Customer Contact Centre")).toBeVisible();

  const again = await newDevice(browser);
  await again.goto(new URL(link).pathname);
  await expect(again.getByText("This invitation has already been used.")).toBeVisible();
});

test("a new colleague joins their team with the code from the break-room poster", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Join with your team's code" }).click();
  await page.getByLabel("Join code").fill("nope1234");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("We do not know this join code.")).toBeVisible();
  await page.getByLabel("Join code").fill("deliver9");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("note")).toContainText("You are joiningDelivery & Assembly");
  await expectAccessible(page);

  await page.getByLabel("Your name").fill("Rosa Brandt");
  await page.getByLabel("Username").fill("bram.peters");
  await page.getByLabel("Password").fill("rosas own password");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Someone already has this username.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Rosa Brandt");
  await page.getByLabel("Username").fill("rosa.brandt");
  await page.getByLabel("Password").fill("rosas own password");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(
    page.getByText("Welcome to Delivery & Assembly! You sign in with the username rosa.brandt."),
  ).toBeVisible();
  await page.goto("/profile");
  await expect(page.getByText("Signed in as rosa.brandt · Employee · Delivery & Assembly")).toBeVisible();
});
