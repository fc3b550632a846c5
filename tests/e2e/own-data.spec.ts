import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./helpers";

test("a person downloads their data and deletes their account, keeping their stories without their name", async ({
  page,
}) => {
  await signIn(page, "lotte.vos");
  await page.goto("/profile");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Mijn gegevens downloaden (ZIP, met mijn foto's)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("brandworthy-lotte.vos.zip");
  const files = unzipSync(
    new Uint8Array(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks))),
  );
  const exported = JSON.parse(strFromU8(files["data.json"]!));
  for (const photo of exported.photos as { file: string }[]) expect(files[photo.file]).toBeDefined();
  expect(exported.profile).toMatchObject({ username: "lotte.vos", name: "Lotte Vos" });
  expect(exported.stories.length).toBeGreaterThan(0);

  await page.getByRole("link", { name: "Mijn account verwijderen" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Mijn account definitief verwijderen" }).click();
  await expect(page.getByText("Vul dit veld in.").first()).toBeVisible();
  await page.getByRole("radio", { name: "Bewaren zodat anderen ervan leren, zonder mijn naam" }).check();
  await page.getByLabel("Je wachtwoord, ter bevestiging").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Mijn account definitief verwijderen" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("status")).toHaveText("Your account was deleted.");

  await page.getByLabel("Username or e-mail address").fill("lotte.vos");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("That username and password do not match. Please try again.");
});
