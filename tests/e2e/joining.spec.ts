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
  await expectAccessible(page);

  const invited = await newDevice(browser);
  await invited.goto(new URL(link).pathname);
  await expect(invited.getByText("You have been invited to join Customer Contact Centre as Manager.")).toBeVisible();
  await expectAccessible(invited);
  await invited.getByLabel("Your name").fill("Kim Lindqvist");
  await invited.getByLabel("Username").fill("kim.lindqvist");
  await invited.getByLabel("Password").fill("kims own password");
  await invited.getByRole("button", { name: "Create my account" }).click();
  await expect(invited.getByRole("heading", { level: 1, name: "Hello, Kim Lindqvist" })).toBeVisible();
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
  await expect(page.getByText("You are joining Delivery & Assembly.")).toBeVisible();
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
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Rosa Brandt" })).toBeVisible();
  await page.goto("/profile");
  await expect(page.getByText("Signed in as rosa.brandt · Employee · Delivery & Assembly")).toBeVisible();
});
