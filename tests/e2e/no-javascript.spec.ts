import { expect, test } from "@playwright/test";
import sharp from "sharp";
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

test("without JavaScript a story is posted with a photo, which comes back to be described first", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Username or e-mail address").fill("priya.shah");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.goto("/stories/new");
  await page.getByLabel("Title", { exact: true }).fill("Wrapped the vase twice");
  await page.getByLabel("The story", { exact: true }).fill("She carried it home on the bus.");
  await page.getByRole("checkbox", { name: "Own it" }).check();
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#3a7ca5" } })
    .jpeg()
    .toBuffer();
  await page.getByLabel("Add photos").setInputFiles({ name: "vase.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "Publish" }).click();

  // The photo is kept; it only needs its description before the story goes out.
  await expect(page.getByText("Please say in a few words what each photo shows")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Wrapped the vase twice");
  await expect(page.getByRole("checkbox", { name: "Own it" })).toBeChecked();
  await page.getByLabel("What photo 1 shows").fill("The vase in two layers of bubble wrap");
  await page.getByRole("button", { name: "Publish" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Wrapped the vase twice" })).toBeVisible();
  const image = page.getByRole("region", { name: "Photos" }).getByRole("img");
  await expect(image).toHaveAttribute("alt", "The vase in two layers of bubble wrap");
  expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
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

test("without JavaScript an empty comment's error and a reaction's result come back in view", async ({ page }) => {
  await signIn(page, "marcus.bennett");
  await page.goto("/collections");
  await page.getByRole("main").getByRole("heading", { level: 2 }).first().getByRole("link").click();
  await page.getByRole("link", { name: /Start reading|Continue reading/ }).click();
  // Read in a collection: the page keeps that (and its reading bar) when it comes back.
  await expect(page).toHaveURL(/\?collection=/);
  const storyUrl = page.url();
  const commentField = page.getByLabel("Add a comment");
  await expect(commentField).not.toBeInViewport();

  // The form sits below the story: after the refusal the page is back at it, not at the top.
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page).toHaveURL(`${storyUrl}#new-comment`);
  await expect(page.getByText("Please fill this in.")).toBeInViewport();
  await expect(commentField).toBeInViewport();

  await page.goto(storyUrl);
  const inspiring = page.getByRole("list", { name: "Reactions" }).getByRole("button", { name: /Inspiring/ });
  await expect(inspiring).not.toBeInViewport();
  const wasPressed = (await inspiring.getAttribute("aria-pressed")) === "true";
  await inspiring.click();
  await expect(page).toHaveURL(`${storyUrl}#reactions`);
  await expect(inspiring).toHaveAttribute("aria-pressed", String(!wasPressed));
  await expect(inspiring).toBeInViewport();
  await expect(page.getByRole("navigation", { name: /^Collection:/ })).toBeVisible();
});
