import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, newDevice, signIn } from "./helpers";

// The same journey twice: as a phone with JavaScript, and as one without it.
for (const withJavaScript of [true, false]) {
  const author = withJavaScript ? "oliver.hughes" : "priya.shah";
  const colleague = withJavaScript
    ? { username: "marcus.bennett", name: "Marcus Bennett" }
    : { username: "noah.wright", name: "Noah Wright" };
  const title = withJavaScript ? "Two flights of stairs and a wardrobe" : "The cot that fitted after all";

  test.describe(withJavaScript ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: withJavaScript });
    // axe runs inside the page, so it can only check the pages while JavaScript is on.
    const checkAccessibility = (page: Page) => (withJavaScript ? expectAccessible(page) : Promise.resolve());

    test("post a story with values, a dimension and a colleague; they react, comment and remove their name", async ({
      page,
      browser,
    }) => {
      test.slow();
      await signIn(page, author);
      await page.getByRole("navigation", { name: "Main" }).last().getByRole("link", { name: "Share" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Share a story" })).toBeVisible();
      await checkAccessibility(page);

      // A first try without a value: the message says so, and nothing typed is lost.
      await page.getByLabel("Title", { exact: true }).fill(title);
      await page.getByLabel("The story", { exact: true }).fill("We measured the stairwell **twice** before lifting.");
      // The optional details are folded away until asked for.
      await page.getByText("More details (optional)").click();
      await page.getByLabel("What the customer said (optional)").fill("I did not think it would fit!");
      await page.getByRole("button", { name: "Publish" }).click();
      await expect(page.getByText("Choose one to three values.")).toBeVisible();
      await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
      await expect(page.getByLabel("What the customer said (optional)")).toHaveValue("I did not think it would fit!");
      await checkAccessibility(page);

      await page.getByRole("checkbox", { name: "Own it" }).check();
      await page.getByRole("checkbox", { name: "One team" }).check();
      await page.getByRole("checkbox", { name: "Latitude to act" }).check();
      await chooseColleague(page, colleague.name, withJavaScript);

      await page.getByRole("button", { name: "Preview" }).click();
      const preview = page.getByRole("region", { name: "Preview" });
      await expect(preview.locator("strong")).toHaveText("twice");
      await expect(page.getByRole("checkbox", { name: "Own it" })).toBeChecked();

      await page.getByRole("button", { name: "Publish" }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole("status")).toHaveText("Your story is published. Thank you for sharing it!");
      const people = page.getByRole("region", { name: "People in this story" });
      await expect(people).toContainText(colleague.name);
      await expect(page.getByRole("link", { name: "Latitude to act" })).toBeVisible();
      await checkAccessibility(page);
      const storyPath = new URL(page.url()).pathname;

      // The colleague is told, reacts, comments and takes their name off the story.
      const other = await newDevice(browser);
      await signIn(other, colleague.username);
      await other
        .getByRole("navigation", { name: "Main" })
        .last()
        .getByRole("link", { name: /Activity/ })
        .click();
      await expect(
        other.getByRole("link", {
          name: `${author === "oliver.hughes" ? "Oliver Hughes" : "Priya Shah"} named you in “${title}”`,
        }),
      ).toBeVisible();
      await checkAccessibility(other);

      await other.goto(storyPath);
      const applause = other.getByRole("button", { name: /Applause/ });
      await expect(applause).toHaveAttribute("aria-pressed", "false");
      await applause.click();
      await expect(applause).toHaveAttribute("aria-pressed", "true");
      await expect(applause).toContainText("1");

      await other.getByLabel("Add a comment").fill("Textbook lift, well done.");
      await other.getByRole("button", { name: "Post comment" }).click();
      await expect(other.getByRole("listitem").filter({ hasText: "Textbook lift, well done." })).toBeVisible();
      await expect(other.getByRole("heading", { name: "1 comment" })).toBeVisible();

      await other.goto("/notifications");
      await other.getByRole("button", { name: new RegExp(`^Remove my name\\W+${title}$`) }).click();
      await expect(other.getByRole("status")).toHaveText("Your name was removed from the story.");
      await expect(other.getByRole("region", { name: "People in this story" })).toHaveCount(0);

      // The author sees the reaction and the comment.
      await page.goto(storyPath);
      await expect(page.getByRole("button", { name: /Applause/ })).toContainText("1");
      await expect(page.getByText("Textbook lift, well done.")).toBeVisible();
    });
  });
}

async function chooseColleague(page: Page, name: string, withJavaScript: boolean) {
  if (withJavaScript) {
    const search = page.getByRole("combobox", { name: "People in this story" });
    await search.fill(name.slice(0, 4));
    await page.getByRole("option", { name: new RegExp(name) }).click();
    await expect(page.getByRole("button", { name: `Remove ${name}` })).toBeVisible();
  } else {
    // The list offers the author's own team; a colleague from another team is found by name first.
    await expect(page.getByRole("checkbox", { name: new RegExp(name) })).toHaveCount(0);
    await page.getByLabel("Someone from another team? Search by name").fill(name.split(" ")[0]!);
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Found 1 person: choose them in the list above.");
    await expect(page.getByLabel("Title", { exact: true })).not.toHaveValue("");
    await expect(page.getByRole("checkbox", { name: new RegExp(name) })).toBeFocused();
    await page.getByRole("checkbox", { name: new RegExp(name) }).check();
  }
}

/** A photo as a phone's camera gives it: a JPEG of a few hundred pixels, in one colour. */
async function cameraPhoto(name: string, red: number) {
  const buffer = await sharp({
    create: { width: 800, height: 600, channels: 3, background: { r: red, g: 120, b: 160 } },
  })
    .jpeg()
    .toBuffer();
  return { name, mimeType: "image/jpeg", buffer };
}

test("with JavaScript, photos upload as they are chosen, with progress, and are described, reordered and shown first", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "oliver.hughes");
  await page.goto("/stories/new");
  // Held back a moment, so the progress of each upload is there to see.
  await page.route("**/photos", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  await page.getByLabel("Title", { exact: true }).fill("The till receipt that said thank you");
  await page.getByLabel("The story", { exact: true }).fill("We printed a note on the receipt.");
  await page.getByRole("checkbox", { name: "Own it" }).check();
  await expect(page.getByText("Only show a customer's face or personal data")).toBeVisible();

  await page
    .getByLabel("Add photos")
    .setInputFiles([await cameraPhoto("till.jpg", 40), await cameraPhoto("note.jpg", 200)]);
  await expect(page.getByRole("progressbar", { name: "Uploading till.jpg…" })).toBeVisible();
  await expect(page.getByLabel("What photo 2 shows")).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await page.getByLabel("What photo 1 shows").fill("The till, with the queue behind");
  await page.getByLabel("What photo 2 shows").fill("The printed thank-you note");

  await page.getByRole("button", { name: "Move up: photo 2" }).click();
  await expect(page.getByText("Photo moved to position 1 of 2.")).toBeAttached();
  await expect(page.getByLabel("What photo 1 shows")).toHaveValue("The printed thank-you note");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The till receipt that said thank you" })).toBeVisible();
  const gallery = page.getByRole("region", { name: "Photos" });
  const photos = gallery.getByRole("img");
  await expect(photos).toHaveCount(2);
  await expect(photos.first()).toHaveAttribute("alt", "The printed thank-you note");
  await expect(photos.first()).toHaveAttribute("loading", "eager");
  await expect(photos.nth(1)).toHaveAttribute("loading", "lazy");
  await expect(photos.first()).toHaveJSProperty("complete", true);
  expect(await photos.first().evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expect(gallery.getByText("1 / 2")).toBeVisible();
  await gallery.getByRole("button", { name: "Next photo" }).click();
  await expect(gallery.getByText("2 / 2")).toBeVisible();
  await expectAccessible(page);
});
