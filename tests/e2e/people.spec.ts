import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, newDevice, signIn } from "./helpers";

// People with faces. Lukas Wagner (German) is named in Mia Schulz's story about the dining table
// and is in no other journey; Sophie Dekker (Dutch) changes her face here and nowhere else.

test("a named colleague opens their own page from the story and says thank you; the author is told", async ({
  page,
  browser,
}) => {
  await signIn(page, "lukas.wagner");
  await page.goto("/?q=Esstisch");
  await page.getByRole("link", { name: "Lukas und der Esstisch, der nicht rechtzeitig kam" }).click();
  const people = page.getByRole("region", { name: "Personen in dieser Geschichte" });
  await expect(people).toContainText("Lukas Wagner");

  await people.getByRole("button", { name: "Danke sagen" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Ihr Dank wurde an die Person geschickt, die die Geschichte geteilt hat." }),
  ).toBeVisible();
  await expect(people.getByRole("button", { name: "Bedankt" })).toBeDisabled();
  await expectAccessible(page);

  await people.getByRole("link", { name: /Lukas Wagner/ }).click();
  await expect(page).toHaveURL(/\/people\/lukas\.wagner$/);
  await expect(page.getByRole("heading", { level: 1, name: "Lukas Wagner" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Geschichten mit Lukas Wagner" })).toContainText(
    "Lukas und der Esstisch, der nicht rechtzeitig kam",
  );
  await expectAccessible(page);

  const author = await newDevice(browser);
  await signIn(author, "mia.schulz");
  await author.goto("/notifications");
  await expect(
    author.getByRole("link", {
      name: "Lukas Wagner hat sich für „Lukas und der Esstisch, der nicht rechtzeitig kam“ bei Ihnen bedankt",
    }),
  ).toBeVisible();
});

test("a face is chosen on the profile, shown in the header, refused with a reason when it is no photo, and removed", async ({
  page,
}) => {
  await signIn(page, "sophie.dekker");
  await page.goto("/profile");
  const photo = page.getByRole("region", { name: "Je foto" });
  const face = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#c2410c" } })
    .jpeg()
    .toBuffer();
  await photo.getByLabel("Kies een foto").setInputFiles({ name: "ik.jpg", mimeType: "image/jpeg", buffer: face });
  await expect(photo.getByText("Voorbeeld: nog niet bewaard")).toBeVisible();
  await photo.getByRole("button", { name: "Foto bewaren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je foto is bewaard." })).toBeVisible();
  const shown = photo.locator('img[src^="/photos/"]');
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  // The same face (another size of it) on "Me" in the menu.
  const photoPath = (await shown.getAttribute("src"))!.split("/").slice(0, 3).join("/");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).locator(`img[src^="${photoPath}/"]`)).toBeAttached();

  await photo
    .getByLabel("Kies een foto")
    .setInputFiles({ name: "ik.jpg", mimeType: "image/jpeg", buffer: Buffer.from("MZ not a photo at all") });
  await photo.getByRole("button", { name: "Foto bewaren" }).click();
  await expect(page.getByLabel("Kies een foto")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Dit bestand is geen foto die we kunnen aannemen.", { exact: false })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Mijn foto verwijderen" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Je foto is verwijderd. Collega's zien je initialen." }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Je foto" }).locator('img[src^="/photos/"]')).toHaveCount(0);
});
