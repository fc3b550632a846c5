import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { matrix, notPages } from "../security/route-table";
import { signIn } from "./helpers";

// No page scrolls sideways: every page of the route table, at three phone and tablet widths, in
// each language, seen by a role its loader answers 200. And the bottom bar's labels fit a 320 px
// phone for every role in every language. The accounts change their language here, so they are
// ones no other spec signs in with: Sven Koch (employee), Femke Visser (a manager, made an admin
// first, who then sees the manager's pages too) and Tom de Boer (a new hire, Dutch again after).

const widths = [320, 390, 768] as const;
const languages = ["en", "de", "nl"] as const;
const accounts = { employee: "sven.koch", admin: "femke.visser", newHire: "tom.deboer" } as const;
type Account = keyof typeof accounts | "anonymous";

test.describe.configure({ mode: "serial" });

/** The URL of a flat route file, with the dynamic segments filled in. */
function urlOf(file: string, params: Record<string, string>) {
  const segments = file
    .replace("[.]", "\u0000")
    .split(".")
    .filter((segment) => segment !== "_index")
    .map((segment) => segment.replace(/_$/, "").replace("\u0000", "."))
    .map((segment) =>
      segment === "$" ? "no/such/page" : segment.startsWith("$") ? params[segment.slice(1)]! : segment,
    );
  return `/${segments.join("/")}`;
}

/** Who looks at a route: the least role its loader lets in, or a visitor where only they get the page. */
function visitorOf(statuses: readonly number[]): Account | null {
  const [anonymous, employee, manager, admin] = statuses;
  if (employee === 200) return "employee";
  if (manager === 200 || admin === 200) return "admin";
  if (anonymous === 200) return "anonymous";
  return null;
}

// The demo's collections are for new hires: a manager sees them all.
const visitorOverrides: Record<string, Account> = { "collections.$slug": "admin" };

const pages = Object.entries(matrix)
  .filter(([file, expected]) => expected.loader && !(file in notPages))
  .map(([file, expected]) => ({ file, visitor: visitorOverrides[file] ?? visitorOf(expected.loader!) }))
  .filter((entry): entry is { file: string; visitor: Account } => entry.visitor !== null);

let signedIn: Record<keyof typeof accounts, Awaited<ReturnType<BrowserContext["storageState"]>>>;
let params: Record<string, string>;

/** The path of the first link on a page that matches, e.g. a story of the feed. */
async function firstLink(page: Page, path: string, pattern: RegExp) {
  await page.goto(path);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  const href = hrefs.map((value) => value.split(/[?#]/)[0]!).find((value) => pattern.test(value));
  if (!href) throw new Error(`no link like ${pattern} on ${path}`);
  return href.match(pattern)![1]!;
}

async function signedInState(browser: Browser, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  const state = await context.storageState();
  await context.close();
  return { state, page };
}

/** A context for a visitor in a language: signed in, the account's own language wins, so it is set as the switcher does. */
async function deviceFor(
  browser: Browser,
  baseURL: string,
  visitor: Account,
  language: string,
  viewport: { width: number; height: number },
) {
  const context = await browser.newContext({
    viewport,
    locale: language,
    storageState: visitor === "anonymous" ? undefined : signedIn[visitor],
  });
  if (visitor !== "anonymous") {
    const response = await context.request.post("/language", {
      form: { language, redirectTo: "/help" },
      headers: { Origin: baseURL },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
  }
  return context;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const lena = await browser.newContext();
  const admin = await lena.newPage();
  await signIn(admin, "lena.hoffmann");
  await admin.goto("/admin/people?q=femke.visser");
  await admin.getByLabel("Rolle").first().selectOption("admin");
  await admin.getByRole("button", { name: "Rolle für Femke Visser speichern" }).click();
  await expect(admin.getByRole("status")).toBeVisible();
  const poster = await firstLink(admin, "/admin/teams", /^\/admin\/teams\/([^/]+)\/poster$/);
  const collection = await firstLink(admin, "/collections", /^\/collections\/(?!new$|review$|progress$)([^/]+)$/);
  await lena.close();

  const employee = await browser.newContext();
  const page = await employee.newPage();
  await signIn(page, accounts.employee);
  params = {
    id: await firstLink(page, "/stories/mine", /^\/stories\/(?!new$|mine$)([^/]+)$/),
    slug: await firstLink(page, "/values", /^\/values\/([^/]+)$/),
    key: "latitude",
    username: accounts.employee,
  };
  // Each route family has its own slug.
  Object.assign(params, { collection, poster });
  signedIn = {
    employee: await employee.storageState(),
    admin: (await signedInState(browser, accounts.admin)).state,
    newHire: (await signedInState(browser, accounts.newHire)).state,
  };
  await employee.close();
});

function paramsFor(file: string) {
  if (file.startsWith("collections")) return { ...params, slug: params.collection! };
  if (file.startsWith("admin.teams_")) return { ...params, slug: params.poster! };
  return params;
}

// Each page is loaded once per language, at the narrowest width, and measured again after the
// window is widened: the layout is worked out anew for each width, without three loads a page.
for (const language of languages) {
  test(`no page is wider than the screen at ${widths.join(", ")} px in ${language}`, async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const contexts: Partial<Record<Account, BrowserContext>> = {};
    const contextFor = async (visitor: Account) =>
      (contexts[visitor] ??= await deviceFor(browser, baseURL!, visitor, language, { width: widths[0], height: 800 }));
    const tooWide: string[] = [];
    for (const { file, visitor } of pages) {
      const context = await contextFor(visitor);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setViewportSize({ width: widths[0], height: 800 });
      const url = urlOf(file, paramsFor(file));
      const response = await page.goto(url);
      // A page that redirected (to sign-in, say) would be measured in place of the one meant.
      expect(response?.status(), url).toBe(200);
      expect(new URL(page.url()).pathname).toBe(url);
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) tooWide.push(`${url} (${visitor}) at ${width} px: ${scrollWidth} px`);
      }
    }
    for (const context of Object.values(contexts)) await context.close();
    expect(tooWide, `pages wider than the screen in ${language}`).toEqual([]);
  });
}

// The bar's destinations by role: a new hire's welcome page first, a manager's "Manage".
const bars: Record<keyof typeof accounts, string[]> = {
  employee: ["/", "/stories/new", "/collections", "/notifications", "/profile"],
  newHire: ["/welcome", "/", "/stories/new", "/notifications", "/profile"],
  admin: ["/", "/stories/new", "/manage", "/notifications", "/profile"],
};

for (const language of languages) {
  test(`the bottom bar's labels fit a 320 px phone for every role in ${language}`, async ({ browser, baseURL }) => {
    for (const visitor of Object.keys(bars) as (keyof typeof bars)[]) {
      const context = await deviceFor(browser, baseURL!, visitor, language, { width: 320, height: 640 });
      const page = await context.newPage();
      await page.goto("/help");
      const bar = page.getByRole("navigation").last();
      const links = bar.getByRole("link");
      expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute("href")))).toEqual(bars[visitor]);
      // Each label: whole (not cut by its ellipsis), inside its own column, clear of the others.
      const labels = await links.evaluateAll((all) =>
        all.map((link) => {
          const label = link.lastElementChild as HTMLElement;
          const cell = link.closest("li")!.getBoundingClientRect();
          const box = label.getBoundingClientRect();
          return {
            text: label.textContent,
            isCut: label.scrollWidth > label.clientWidth,
            isInCell: box.left >= cell.left && box.right <= cell.right,
            left: box.left,
            right: box.right,
          };
        }),
      );
      for (const label of labels) {
        expect(label, `${visitor}: ${label.text}`).toMatchObject({ isCut: false, isInCell: true });
      }
      for (const [index, label] of labels.slice(1).entries()) {
        expect(label.left, `${label.text} clear of ${labels[index]!.text}`).toBeGreaterThanOrEqual(
          labels[index]!.right,
        );
      }
      await context.close();
    }
  });
}

test.afterAll(async ({ browser, baseURL }) => {
  // Tom de Boer reads Dutch in the demo, as other journeys may expect.
  const context = await deviceFor(browser, baseURL!, "newHire", "nl", { width: 390, height: 800 });
  await context.close();
});
