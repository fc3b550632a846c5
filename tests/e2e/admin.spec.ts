import { expect, test } from "@playwright/test";
import { expectAccessible, newDevice, signIn } from "./helpers";

// Lena Hoffmann (admin) reads the app in German.

test("an admin adds and archives a value and prints a team poster", async ({ page }) => {
  await signIn(page, "lena.hoffmann");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("main").getByRole("link", { name: "Werte", exact: true }).click();

  const create = page.getByRole("region", { name: "Wert hinzufügen" });
  await create.getByLabel("Name").fill("Mutig und neugierig");
  await create.getByRole("button", { name: "Wert hinzufügen" }).click();
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.").first()).toBeVisible();
  await expect(create.getByLabel("Name")).toHaveValue("Mutig und neugierig");
  await create.getByLabel("Was er hier bedeutet").fill("Wir probieren Neues aus, wenn es der Kundschaft hilft.");
  await create.getByRole("button", { name: "Wert hinzufügen" }).click();
  await expect(page.getByRole("status")).toHaveText("Der Wert wurde hinzugefügt.");
  // The form is empty again for the next value.
  await expect(create.getByLabel("Name")).toHaveValue("");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Mutig und neugierig nach oben verschieben" }).click();
  await expect(page.getByRole("status")).toHaveText("Die Reihenfolge wurde geändert.");
  await page.getByRole("button", { name: "Mutig und neugierig archivieren" }).click();
  await expect(page.getByRole("status")).toHaveText("Der Wert wurde archiviert und kann nicht mehr gewählt werden.");

  await page.goto("/admin/teams");
  const newTeam = page.getByRole("region", { name: "Team hinzufügen" });
  await newTeam.getByLabel("Teamname").fill("delivery &  assembly");
  await newTeam.getByRole("button", { name: "Team hinzufügen" }).click();
  await expect(newTeam.getByText("Ein anderes Team heißt schon so.")).toBeVisible();
  await expect(newTeam.getByLabel("Teamname")).toHaveAttribute("aria-invalid", "true");

  await page.getByRole("link", { name: "Plakat zum Drucken" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Machen Sie mit");
  await expect(page.getByRole("img", { name: /QR-Code zum Beitritt/ })).toBeVisible();
  await expect(page.getByText(/\/join\?code=[A-Z0-9]{8}/)).toBeVisible();
  await expectAccessible(page);
  // Printed for a Dutch break room, while the page around it stays German.
  await page.getByLabel("Sprache des Plakats").selectOption("nl");
  await page.getByRole("button", { name: "In dieser Sprache zeigen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Doe mee met");
  await expect(page.getByRole("img", { name: /QR-code om bij/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "← Teams" })).toBeVisible();
});

test("an admin hands out a reset link and deactivates someone who is signed in", async ({ page, browser }) => {
  test.slow();
  const colleague = await newDevice(browser);
  await signIn(colleague, "felix.braun");

  await signIn(page, "lena.hoffmann");
  await page.goto("/admin/people?q=felix");
  await page.getByRole("button", { name: "Link zum Zurücksetzen des Passworts für Felix Braun erstellen" }).click();
  const link = (await page.getByTestId("secret-link").textContent())!.trim();
  await expectAccessible(page);

  const phone = await newDevice(browser);
  await phone.goto(link);
  await phone.getByLabel("New password", { exact: true }).fill("a fresh password 2026");
  await phone.getByLabel("New password again").fill("a fresh password 2026");
  await phone.getByRole("button", { name: "Save new password" }).click();
  await expect(phone).not.toHaveURL(/\/reset\//);
  // The old session ended with the old password.
  await colleague.goto("/profile");
  await expect(colleague).toHaveURL(/\/login/);
  await phone.goto(link);
  // Felix is signed in now, so the page speaks his language.
  await expect(phone.getByRole("alert")).toHaveText(
    "Dieser Link wurde bereits verwendet. Bitten Sie eine Person mit Admin-Rolle um einen neuen.",
  );

  await page.getByRole("button", { name: "Felix Braun deaktivieren" }).click();
  await expect(page.getByRole("status")).toHaveText("Das Konto wurde deaktiviert und überall abgemeldet.");
  await phone.goto("/profile");
  await expect(phone).toHaveURL(/\/login/);
  await phone.getByLabel("Username or e-mail address").fill("felix.braun");
  await phone.getByLabel("Password").fill("a fresh password 2026");
  await phone.getByRole("button", { name: "Sign in" }).click();
  await expect(phone).toHaveURL(/\/login/);

  await page.goto("/admin/people?q=lena");
  await page.getByRole("button", { name: "Lena Hoffmann deaktivieren" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "Sie können sich nicht selbst deaktivieren: Bitten Sie eine andere Person mit Admin-Rolle.",
  );
});

test("an admin opens the design gallery from the hub; its sheet keeps and returns focus, its tabs are links", async ({
  page,
}) => {
  await signIn(page, "lena.hoffmann");
  await page.goto("/admin");
  await page.getByRole("main").getByRole("link", { name: "Designsystem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Designsystem" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Wird gesendet" }).first()).toHaveAttribute("aria-busy", "true");

  const opener = page.getByRole("button", { name: "Filter öffnen" });
  await opener.click();
  const sheet = page.getByRole("dialog", { name: "Geschichten filtern" });
  await expect(sheet).toBeVisible();
  // A toggle chip is a checkbox: Space chooses it. The page behind is inert: going back from the
  // chips reaches the sheet's close button, not the page.
  await sheet.getByRole("checkbox", { name: "Ein Team" }).focus();
  await page.keyboard.press("Space");
  await expect(sheet.getByRole("checkbox", { name: "Ein Team" })).toBeChecked();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(sheet.getByRole("button", { name: "Schließen" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(opener).toBeFocused();

  const tabs = page.getByRole("navigation", { name: "Angezeigte Geschichten" });
  await expect(tabs.getByRole("link", { name: "Beste" })).toHaveAttribute("aria-current", "page");
  await tabs.getByRole("link", { name: "Neu" }).click();
  await expect(page).toHaveURL(/\/admin\/design\?tab=new$/);
  await expect(tabs.getByRole("link", { name: "Neu" })).toHaveAttribute("aria-current", "page");
});

test("without JavaScript the gallery's sheet opens in place", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "lena.hoffmann");
  await page.goto("/admin/design");
  await page.getByText("Filter öffnen").click();
  await expect(page.getByRole("group", { name: "Geschichten filtern" })).toBeVisible();
  await context.close();
});
