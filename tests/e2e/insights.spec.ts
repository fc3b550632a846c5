import { expect, test } from "@playwright/test";
import { expectAccessible, newDevice, signIn } from "./helpers";

test("a manager reads insights, filters them, opens a heatmap cell and downloads a CSV; an employee may not", async ({
  page,
  browser,
}) => {
  await signIn(page, "marcus.bennett");
  await page.goto("/insights");
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Stories and active contributors per week, All teams" })).toBeVisible();
  // On a phone the heatmap is a list per value; from md up, the table.
  const heatmap = page.getByRole("list", { name: "Values and dimensions" });
  await expect(heatmap).toBeVisible();
  await expect(page.getByRole("table", { name: "Values and dimensions" })).toBeHidden();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(page.getByRole("table", { name: "Values and dimensions" })).toBeVisible();
  await expect(heatmap).toBeHidden();
  await page.setViewportSize({ width: 412, height: 839 });

  await page.getByLabel("Period", { exact: true }).selectOption({ label: "Last 365 days" });
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Delivery & Assembly" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/insights\?period=365&team=delivery$/);
  await expect(
    page.getByRole("img", { name: "Stories and active contributors per week, Delivery & Assembly" }),
  ).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as CSV · Values and dimensions" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^insights-heatmap-365d-delivery-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^Value,/);

  await heatmap.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/\?tab=new&value=[^&]+&dim=latitude&team=delivery$/);

  const employee = await newDevice(browser);
  await signIn(employee, "oliver.hughes");
  const response = await employee.goto("/insights");
  expect(response?.status()).toBe(403);
});
