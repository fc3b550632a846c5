import { expect, test } from "@playwright/test";
import { expectAccessible, newDevice, signIn } from "./helpers";

test("a manager highlights a story; an employee reports a comment and the manager hides it", async ({
  page,
  browser,
}) => {
  test.slow();
  // The employee finds the story and reports one of its comments.
  await signIn(page, "oliver.hughes");
  await page.getByRole("searchbox", { name: "Search stories" }).fill("first real staircase");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("link", { name: "My first real staircase" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My first real staircase" })).toBeVisible();
  const storyPath = new URL(page.url()).pathname;
  const comment = page.getByRole("listitem").filter({ hasText: "Drawers out first, always." });
  await comment.getByRole("link", { name: "Report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report a comment" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("What is wrong?").fill("It reads as a dig at the new colleague.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status")).toHaveText("Thank you. A manager will look at it.");

  // The manager highlights the story, then works through the moderation queue.
  const manager = await newDevice(browser);
  await signIn(manager, "marcus.bennett");
  await manager.goto(storyPath);
  await manager
    .getByLabel("Why this story matters")
    .fill("This is how we want new colleagues to learn: by doing, with someone beside them.");
  await manager.getByRole("button", { name: "Highlight this story" }).click();
  await expect(manager.getByRole("status")).toHaveText("The story is highlighted; its author has been told.");
  await expect(manager.getByRole("complementary", { name: "Highlighted by Marcus Bennett" })).toContainText(
    "by doing, with someone beside them",
  );
  await expectAccessible(manager);

  await manager.goto("/profile");
  await manager.getByRole("link", { name: "Moderation" }).click();
  const report = manager
    .getByRole("listitem")
    .filter({ hasText: "It reads as a dig at the new colleague." })
    .filter({ has: manager.getByRole("button", { name: "Hide the comment" }) });
  await expect(report).toContainText("Drawers out first, always.");
  await expectAccessible(manager);
  await report.getByLabel("Reason for hiding").fill("Kept kind for new starters.");
  await report.getByRole("button", { name: "Hide the comment" }).click();
  await expect(manager.getByRole("status")).toHaveText("The comment is hidden.");

  await page.goto(storyPath);
  await expect(page.getByText("Drawers out first, always.")).toHaveCount(0);
  await expect(page.getByText("A manager removed this comment.")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Highlighted by Marcus Bennett" })).toBeVisible();
  await page.goto("/?tab=highlights");
  await expect(page.getByRole("article").filter({ hasText: "My first real staircase" })).toContainText(
    "Highlighted by a manager",
  );
});
