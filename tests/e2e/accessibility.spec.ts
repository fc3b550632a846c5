import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { notPages } from "../security/route-table";
import { expectAccessible, newDevice, signIn } from "./helpers";

// Every page of the app is checked with axe: here, or in the journey named below that already
// goes there. A test at the end fails when a route file appears that no list accounts for.
//
// The people come from prisma/seed.ts. The employees are used by no other spec, so what changes
// here (Ruben Smit's password, Mia Schulz's story deleted and restored, Anke Meijer's notifications
// read) cannot disturb another journey; Jana Fischer and Jonas Becker read German, Anke Meijer,
// Emma Jansen, Milan Hendriks and Daan Mulder Dutch. Joris van Dijk (manager) and Pieter Bakker
// (admin), both Dutch, only look and send forms back with mistakes. Each page speaks its
// reader's language; anonymous visitors get the browser's English.

type Visit = { route: string; path: string; as: string | null; heading: string; status?: number };

/** Pages that show what they are for without any setup: visit, see the heading, run axe. */
const visits: Visit[] = [
  { route: "notifications", path: "/notifications", as: "anke.meijer", heading: "Meldingen" },
  { route: "welcome", path: "/welcome", as: "jonas.becker", heading: "Willkommen, Jonas Becker" },
  { route: "admin._index", path: "/admin", as: "daan.mulder", status: 403, heading: "Deze pagina is niet voor jou" },
  {
    route: "collections.review",
    path: "/collections/review",
    as: "joris.vandijk",
    heading: "Verhalen in collecties nakijken",
  },
  { route: "manage", path: "/manage", as: "joris.vandijk", heading: "Leiding" },
  { route: "admin.organisation", path: "/admin/organisation", as: "pieter.bakker", heading: "Organisatie" },
  { route: "admin.teams", path: "/admin/teams", as: "pieter.bakker", heading: "Teams" },
  { route: "admin.audit", path: "/admin/audit", as: "pieter.bakker", heading: "Logboek" },
  { route: "admin.design", path: "/admin/design", as: "pieter.bakker", heading: "Ontwerpsysteem" },
  { route: "join._index", path: "/join", as: null, heading: "Join Brandworthy" },
  { route: "join.$token", path: "/join/not-a-real-invitation", as: null, status: 404, heading: "Join Brandworthy" },
  { route: "reset.$token", path: "/reset/not-a-real-token", as: null, status: 410, heading: "Set a new password" },
  { route: "$", path: "/no/such/page", as: null, status: 404, heading: "We could not find that page" },
];

/** Pages, or states of pages, that need a step first (a link made by an admin, an own draft, a form sent back): the tests below. */
const checkedBySetupTests = [
  "_index",
  "admin.organisation",
  "admin.values",
  "collections.new",
  "collections.review",
  "join._index",
  "profile_.delete",
  "reset.$token",
  "stories.$id",
  "stories.$id_.collections",
  "stories.$id_.edit",
  "stories.mine",
  "stories.new",
];

/** Pages an existing journey already checks with axe, and which one. */
const checkedElsewhere: Record<string, string> = {
  _index: "feed.spec.ts",
  "admin._index": "admin.spec.ts",
  "admin.invitations": "joining.spec.ts",
  "admin.people": "admin.spec.ts",
  "admin.teams_.$slug.poster": "admin.spec.ts",
  "admin.values": "admin.spec.ts",
  "collections.$slug": "collections.spec.ts",
  "collections.$slug_.edit": "collections.spec.ts",
  "collections._index": "collections.spec.ts",
  "collections.progress": "collections.spec.ts",
  "dimensions.$key": "feed.spec.ts",
  help: "feed.spec.ts",
  insights: "insights.spec.ts",
  "join.$token": "joining.spec.ts",
  login: "accounts.spec.ts",
  moderation: "moderation.spec.ts",
  notifications: "stories.spec.ts",
  "people_.$username": "people.spec.ts",
  profile: "accounts.spec.ts",
  "profile_.delete": "own-data.spec.ts",
  setup: "setup.spec.ts",
  "stories.$id": "stories.spec.ts",
  "stories.$id_.report": "moderation.spec.ts",
  "stories.new": "stories.spec.ts",
  "values.$slug": "feed.spec.ts",
  "values._index": "feed.spec.ts",
  welcome: "collections.spec.ts",
  $: "accounts.spec.ts",
};

for (const visit of visits) {
  test(`${visit.path} as ${visit.as ?? "a visitor"} passes axe`, async ({ page }) => {
    if (visit.as) await signIn(page, visit.as);
    const response = await page.goto(visit.path);
    expect(response?.status()).toBe(visit.status ?? 200);
    await expect(page.getByRole("heading", { level: 1, name: visit.heading })).toBeVisible();
    await expectAccessible(page);
  });
}

// The gallery holds every shared component in every state, so one check per scheme covers them
// all: the dark scheme's tokens pass the same contrast rules, and so does the open sheet.
for (const colorScheme of ["light", "dark"] as const) {
  test(`the design gallery in the ${colorScheme} scheme, with its sheet open, passes axe`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await signIn(page, "pieter.bakker");
    await page.goto("/admin/design");
    await expect(page.getByRole("heading", { level: 1, name: "Ontwerpsysteem" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Filters openen" }).click();
    await expect(page.getByRole("dialog", { name: "Verhalen filteren" })).toBeVisible();
    await expectAccessible(page);
  });
}

test("the feed's search results, a search without results and the open filter panel pass axe", async ({ page }) => {
  // Twenty cards with photos, faces and reaction forms: axe needs longer than on a plain page.
  test.slow();
  await signIn(page, "milan.hendriks");
  await page.goto("/?q=klant");
  await expect(
    page.getByRole("list", { name: "Verhalen" }).getByRole("article").first().locator("mark").first(),
  ).toBeVisible();
  await expectAccessible(page);
  await page.goto("/?q=zwaardvis");
  await expect(page.getByText("Met deze filters passen geen verhalen bij ‘zwaardvis’.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Filters", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Filteren op waarde, dimensie of team" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Filters toepassen" })).toBeVisible();
  await expectAccessible(page);
});

test("an author's own stories, a draft in the editor with a mistake, and a deleted story pass axe", async ({
  page,
}) => {
  await signIn(page, "mia.schulz");
  await page.goto("/stories/mine");
  await expect(page.getByRole("heading", { level: 1, name: "Meine Geschichten" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /^Weiterschreiben\W+Ein Geschenk für die Nachbarin$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ihre Geschichte bearbeiten" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Titel", { exact: true }).fill("");
  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.getByText("Bitte sehen Sie sich die Hinweise unten an.")).toBeVisible();
  await expectAccessible(page);

  // A deleted story waits on "My stories" with a button to bring it back.
  await page.goto("/stories/mine");
  await page.getByRole("link", { name: "Ein Sessel, aus dem man auch wieder hochkommt" }).click();
  await page.getByRole("button", { name: "Löschen", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Ihre Geschichte wurde gelöscht. Sie können sie hier 30 Tage lang wiederherstellen.",
  );
  await expectAccessible(page);
  await page
    .getByRole("button", { name: /^Wiederherstellen\W+Ein Sessel, aus dem man auch wieder hochkommt$/ })
    .click();
  await expect(page.getByRole("region", { name: "Veröffentlicht" })).toContainText(
    "Ein Sessel, aus dem man auch wieder hochkommt",
  );
});

test("the composer sent back empty passes axe with every message shown", async ({ page }) => {
  await signIn(page, "jana.fischer");
  await page.goto("/stories/new");
  await expect(page.getByRole("heading", { level: 1, name: "Geschichte teilen" })).toBeVisible();
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByText("Bitte sehen Sie sich die Hinweise unten an.")).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // The colleague picker with its list of matches open, then the preview.
  await page.getByRole("combobox", { name: "Personen in dieser Geschichte" }).fill("Ayl");
  await expect(page.getByRole("option", { name: /Aylin Yılmaz/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("option", { name: /Aylin Yılmaz/ }).click();
  await page.getByLabel("Titel", { exact: true }).fill("Aylin hat den Anruf übernommen");
  await page.getByLabel("Die Geschichte", { exact: true }).fill("Sie hat **sofort** zurückgerufen.");
  await page.getByRole("button", { name: "Vorschau" }).click();
  await expect(page.getByRole("region", { name: "Vorschau" }).locator("strong")).toHaveText("sofort");
  await expectAccessible(page);
});

test("a comment sent empty passes axe with its message", async ({ page }) => {
  await signIn(page, "jana.fischer");
  await page.goto("/?q=Beutel");
  await page.getByRole("link", { name: "Der fehlende Beutel H" }).click();
  await page.getByRole("button", { name: "Kommentar senden" }).click();
  await expect(page.getByLabel("Kommentar schreiben")).toHaveAttribute("aria-invalid", "true");
  // The click scrolled to the end of the page, where whatever happens to sit under the sticky
  // header counts as a half-covered target. A phone as tall as the page shows all of it at once.
  const { width } = page.viewportSize()!;
  await page.setViewportSize({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await expectAccessible(page);
});

test("deleting one's account, sent without a choice or password, passes axe with its messages", async ({ page }) => {
  await signIn(page, "emma.jansen");
  await page.goto("/profile/delete");
  await page.getByRole("button", { name: "Mijn account definitief verwijderen" }).click();
  await expect(page.getByLabel("Je wachtwoord, ter bevestiging")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("a manager's new collection form, with its messages, passes axe", async ({ page }) => {
  await signIn(page, "joris.vandijk");
  await page.goto("/collections/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe collectie" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Collectie maken" }).click();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("adding a story to a collection passes axe, also when no collection was chosen", async ({ page }) => {
  await signIn(page, "joris.vandijk");
  await page.goto("/?q=Esstisch");
  await page.getByRole("link", { name: "Lukas und der Esstisch, der nicht rechtzeitig kam" }).click();
  await page.getByRole("link", { name: "Aan een collectie toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aan collectie toevoegen" })).toBeVisible();
  await expectAccessible(page);
  // Nothing is chosen yet, so sending the form only brings the message.
  for (const radio of await page.getByRole("radio").all()) await expect(radio).not.toBeChecked();
  await page.getByRole("button", { name: "Aan collectie toevoegen" }).click();
  await expect(page.getByRole("group", { name: "Collectie" })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("the review list, while choosing a replacement, passes axe", async ({ page }) => {
  await signIn(page, "joris.vandijk");
  await page.goto("/collections/review");
  await page.getByRole("link", { name: /^Vervangen\W+Measuring an alcove from three photos$/ }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: /Measuring an alcove from three photos/ }).first(),
  ).toBeVisible();
  await page.getByRole("searchbox", { name: "Zoek een verhaal om in de plaats te gebruiken" }).fill("Sessel");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page.getByRole("list", { name: "Zoekresultaten" }).getByRole("listitem").first()).toBeVisible();
  await expectAccessible(page);
});

test("a new value sent without its explanation passes axe with the message", async ({ page }) => {
  await signIn(page, "pieter.bakker");
  await page.goto("/admin/values");
  const create = page.getByRole("region", { name: "Waarde toevoegen" });
  await create.getByLabel("Naam").fill("Nieuwsgierig");
  await create.getByRole("button", { name: "Waarde toevoegen" }).click();
  await expect(create.getByLabel("Wat het hier betekent")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("the organisation settings sent back with an empty name pass axe", async ({ page }) => {
  await signIn(page, "pieter.bakker");
  await page.goto("/admin/organisation");
  // A single space passes the browser's own check; the server's trimmed schema refuses it.
  await page.getByLabel("Naam van de organisatie").fill(" ");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByLabel("Naam van de organisatie")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("joining with a code: an unknown code, and the account form with its messages, pass axe", async ({ page }) => {
  await page.goto("/join?code=NOPE0000");
  await expect(page.getByText("We do not know this join code.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/join?code=DELIVER9");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("a password reset link from an admin passes axe: fresh, with a mistake, and used", async ({ page, browser }) => {
  await signIn(page, "pieter.bakker");
  await page.goto("/admin/people?q=ruben");
  await page.getByRole("button", { name: "Maak een link voor een nieuw wachtwoord voor Ruben Smit" }).click();
  const link = (await page.getByTestId("secret-link").textContent())!.trim();

  const phone = await newDevice(browser);
  await phone.goto(link);
  await expect(phone.getByRole("heading", { level: 1, name: "Set a new password" })).toBeVisible();
  await expectAccessible(phone);
  await phone.getByLabel("New password", { exact: true }).fill("rubens new password");
  await phone.getByLabel("New password again").fill("rubens other password");
  await phone.getByRole("button", { name: "Save new password" }).click();
  await expect(phone.getByText("The two passwords are not the same.")).toBeVisible();
  await expectAccessible(phone);
  await phone.getByLabel("New password", { exact: true }).fill("rubens new password");
  await phone.getByLabel("New password again").fill("rubens new password");
  await phone.getByRole("button", { name: "Save new password" }).click();
  await expect(phone).not.toHaveURL(/\/reset\//);

  // Ruben is signed in now, so the used link speaks his Dutch.
  const response = await phone.goto(link);
  expect(response?.status()).toBe(410);
  await expect(phone.getByRole("alert")).toHaveText("Deze link is al gebruikt. Vraag een beheerder om een nieuwe.");
  await expectAccessible(phone);
});

test("every page route is checked with axe somewhere, and every other route file says why it is no page", () => {
  const routeFiles = readdirSync(join(process.cwd(), "app/routes")).map((file) => file.replace(/\.tsx?$/, ""));
  const accounted = new Set([
    ...visits.map((visit) => visit.route),
    ...checkedBySetupTests,
    ...Object.keys(checkedElsewhere),
    ...Object.keys(notPages),
  ]);
  expect(
    routeFiles.filter((file) => !accounted.has(file)),
    "route files without an axe check",
  ).toEqual([]);
  expect(
    [...accounted].filter((file) => !routeFiles.includes(file)),
    "listed routes that no longer exist",
  ).toEqual([]);
  expect(
    Object.keys(notPages).filter(
      (file) =>
        accounted.has(file) &&
        (file in checkedElsewhere ||
          checkedBySetupTests.includes(file) ||
          visits.some((visit) => visit.route === file)),
    ),
  ).toEqual([]);
  for (const spec of new Set(Object.values(checkedElsewhere))) {
    expect(readFileSync(join(process.cwd(), "tests/e2e", spec), "utf8"), `${spec} runs axe`).toContain(
      "expectAccessible(",
    );
  }
});
