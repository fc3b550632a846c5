import type { Locator, Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, signIn } from "./helpers";

/**
 * A person's hands on the composer: every tap, typing, key press and file choice goes through
 * here and is counted, so the test can hold the journey to its budget. Waiting and looking are free.
 */
function countingHands() {
  let count = 0;
  const act = <Result>(step: () => Promise<Result>) => {
    count += 1;
    return step();
  };
  return {
    click: (target: Locator) => act(() => target.click()),
    check: (target: Locator) => act(() => target.check()),
    fill: (target: Locator, text: string) => act(() => target.fill(text)),
    press: (target: Locator, key: string) => act(() => target.press(key)),
    chooseFile: (target: Locator, file: Parameters<Locator["setInputFiles"]>[0]) =>
      act(() => target.setInputFiles(file)),
    get count() {
      return count;
    },
  };
}

const photo = async () => ({
  name: "stairs.jpg",
  mimeType: "image/jpeg",
  buffer: await sharp({ create: { width: 800, height: 600, channels: 3, background: "#3a7ca5" } })
    .jpeg()
    .toBuffer(),
});

async function expectPublished(page: Page, title: string, colleague: string) {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "People in this story" })).toContainText(colleague);
  await expect(page.getByRole("region", { name: "Photos" }).getByRole("img")).toHaveAttribute(
    "alt",
    "The wardrobe on the landing",
  );
}

test("with JavaScript a story with a title, two sentences, a value, a colleague and a photo takes at most 12 interactions", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "noah.wright");
  await page.goto("/stories/new");
  await expect(page.getByRole("heading", { level: 1, name: "Share a story" })).toBeVisible();
  // Publish is on the first screen, before anything is typed.
  await expect(page.getByRole("button", { name: "Publish" })).toBeInViewport();
  await expectAccessible(page);

  const hands = countingHands();
  const title = "The wardrobe went up the back stairs";
  await hands.fill(page.getByLabel("Title", { exact: true }), title);
  await expect(page.getByText(`${title.length} / 140`)).toBeVisible();
  await hands.fill(
    page.getByLabel("The story", { exact: true }),
    "The lift was broken, so we took it apart on the pavement. Ten minutes later it stood in the bedroom.",
  );
  await hands.check(page.getByRole("checkbox", { name: "Own it" }));
  await hands.fill(page.getByRole("combobox", { name: "People in this story" }), "Priya");
  await hands.click(page.getByRole("option", { name: /Priya Shah/ }));
  await hands.chooseFile(page.getByLabel("Add photos"), await photo());
  await hands.fill(page.getByLabel("What photo 1 shows"), "The wardrobe on the landing");
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expectAccessible(page);
  await hands.click(page.getByRole("button", { name: "Publish" }));

  await expectPublished(page, title, "Priya Shah");
  expect(hands.count).toBeLessThanOrEqual(12);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same story still goes out, within 12 interactions", async ({ page }) => {
    test.slow();
    await signIn(page, "grace.okafor");
    await page.goto("/stories/new");
    const hands = countingHands();
    const title = "The wardrobe that fitted the attic";
    await hands.fill(page.getByLabel("Title", { exact: true }), title);
    await hands.fill(
      page.getByLabel("The story", { exact: true }),
      "We measured the hatch twice. It went through with a finger's width to spare.",
    );
    await hands.check(page.getByRole("checkbox", { name: "Own it" }));
    // A colleague from another team is found by name first, then ticked among the people found.
    await hands.fill(page.getByLabel("Someone from another team? Search by name"), "Noah");
    await hands.click(page.getByRole("button", { name: "Find", exact: true }));
    await hands.check(page.getByRole("checkbox", { name: /Noah Wright/ }));
    await hands.chooseFile(page.getByLabel("Add photos"), await photo());
    await hands.click(page.getByRole("button", { name: "Publish" }));
    // The photo is kept and only needs its description before the story goes out.
    await hands.fill(page.getByLabel("What photo 1 shows"), "The wardrobe on the landing");
    await hands.click(page.getByRole("button", { name: "Publish" }));

    await expectPublished(page, title, "Noah Wright");
    expect(hands.count).toBeLessThanOrEqual(12);
  });
});

test("the values' meaning is one tap away, a limited field counts and names its limit, and the bar keeps Publish in view", async ({
  page,
}) => {
  await signIn(page, "zoe.clarke");
  await page.goto("/stories/new");
  await page.getByRole("button", { name: "What the values mean" }).click();
  const sheet = page.getByRole("dialog", { name: "Our values" });
  await expect(sheet.getByRole("term").filter({ hasText: "Own it" })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("button", { name: "What the values mean" })).toBeFocused();

  // Filling past the limit the browser keeps is refused by the server, which names the limit.
  const title = page.getByLabel("Title", { exact: true });
  await title.evaluate((input: HTMLInputElement) => input.removeAttribute("maxlength"));
  await title.fill("x".repeat(141));
  await expect(page.getByText("141 / 140")).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("At most 140 characters.")).toBeVisible();
  await expect(title).toBeFocused();

  // Deep in the form, the field being typed in stays above the bar and the bar stays on screen.
  const reflection = page.getByLabel("What got in the way");
  await page.getByText("More details (optional)").click();
  await reflection.focus();
  await expect(page.getByRole("button", { name: "Publish" })).toBeInViewport();
  const field = (await reflection.boundingBox())!;
  const bar = (await page.getByRole("button", { name: "Publish" }).boundingBox())!;
  expect(field.y + field.height).toBeLessThanOrEqual(bar.y);
});

test("an unsent draft is kept in the browser, restored with a note, and saved as a draft when the person leaves", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "zoe.clarke");
  await page.goto("/stories/new");
  const kept = () =>
    page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("brandworthy:composer:")));
  // Without a title there is no draft for the server: the browser keeps it, and gives it back.
  await page.getByLabel("The story", { exact: true }).fill("The customer came back with");
  await page.getByRole("checkbox", { name: "One team" }).check();
  await expect.poll(kept).toHaveLength(1);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Your unsent draft from" })).toBeVisible();
  await expect(page.getByLabel("The story", { exact: true })).toHaveValue("The customer came back with");
  await expect(page.getByRole("checkbox", { name: "One team" })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Discard it" }).click();
  await expect(page.getByLabel("The story", { exact: true })).toHaveValue("");
  await page.reload();
  await expect(page.getByLabel("The story", { exact: true })).toHaveValue("");
  expect(await kept()).toEqual([]);

  // With a title, closing the page saves it on the server; coming back says where it is.
  await page.getByLabel("Title", { exact: true }).fill("Left on the bus");
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "is saved as a draft" })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("");
  await page.getByRole("link", { name: "Drafts" }).click();
  await expect(page.getByRole("link", { name: /Left on the bus/ })).toHaveCount(1);

  // Switching to another app saves it too; the composer goes on as the draft's own page.
  await page.goto("/stories/new");
  const title = "Half-told on the tram";
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect(page).toHaveURL(/\/stories\/[^/]+\/edit$/);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await page.getByLabel("The story", { exact: true }).fill("The customer came back with cake.");
  await page.getByRole("checkbox", { name: "One team" }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await kept()).toEqual([]);

  // The draft saved on leaving became the story: no second one is left behind.
  await page.goto("/stories/mine");
  await expect(page.getByRole("link", { name: /Continue writing\W+Half-told on the tram/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(1);
});
