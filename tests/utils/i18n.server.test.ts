import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { languages } from "~/utils/i18n";
import { getFixedT, languageCookie, languageFromAcceptHeader, resolveLanguage } from "~/utils/i18n.server";
import { getRequest } from "../factories";

type Tree = { [key: string]: string | Tree };
const localesDir = join(process.cwd(), "app/locales");
const load = (language: string) => JSON.parse(readFileSync(join(localesDir, `${language}.json`), "utf8")) as Tree;

/** Every leaf key with its text; plural forms (`_one`, `_other`) count as one key. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path.replace(/_(one|other)$/, ""), value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe("translations", () => {
  it("has exactly one file per supported language", () => {
    expect(readdirSync(localesDir).sort()).toEqual(languages.map((language) => `${language}.json`).sort());
  });

  it.each(languages.filter((language) => language !== "en"))(
    "%s has every English key, no extra ones, and the same placeholders",
    (language) => {
      const english = leaves(load("en"));
      const other = leaves(load(language));
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        expect(placeholders(other.get(key)!), `${language}: ${key}`).toEqual(placeholders(text));
        expect(other.get(key)!.trim(), `${language}: ${key} is empty`).not.toBe("");
      }
    },
  );

  it("finds every key the code asks for", () => {
    const english = leaves(load("en"));
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated" && entry.name !== "locales") walk(path);
        } else if (/\.tsx?$/.test(entry.name)) {
          const source = readFileSync(path, "utf8");
          // Literal keys only: t("x.y"), messageKey "x.y", and the schema's error keys.
          for (const match of source.matchAll(/\bt\(\s*"([a-zA-Z]+(?:\.[a-zA-Z]+)+)"/g)) used.add(match[1]!);
          for (const match of source.matchAll(
            /"((?:errors|login|join|profile|setup|invitations|home|nav|account)\.[a-zA-Z.]+)"/g,
          ))
            used.add(match[1]!);
        }
      }
    };
    walk(join(process.cwd(), "app"));
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter(
      (key) => !english.has(key) && ![...english.keys()].some((known) => known.startsWith(`${key}.`)),
    );
    expect(missing).toEqual([]);
  });
});

describe("choosing the language", () => {
  it.each([
    ["de-DE,de;q=0.9,en;q=0.8", "de"],
    ["fr-FR,nl;q=0.5,en;q=0.4", "nl"],
    ["en-GB;q=0.2, nl-BE;q=0.9", "nl"],
    ["fr-FR, es", null],
    ["de;q=0, en;q=0.1", "en"],
    ["*", null],
    ["", null],
    ["nl;q=abc, de", "de"],
  ])("reads %j as %s", (header, expected) => {
    expect(languageFromAcceptHeader(header)).toBe(expected);
  });

  it("prefers the account, then the cookie, then the browser, then the organisation", async () => {
    const cookie = await languageCookie.serialize("nl");
    const withCookie = getRequest("/", { headers: { Cookie: cookie.split(";")[0]!, "Accept-Language": "de" } });
    expect(await resolveLanguage(withCookie, { language: "en" })).toBe("en");
    expect(await resolveLanguage(withCookie, { language: null })).toBe("nl");
    expect(await resolveLanguage(getRequest("/", { headers: { "Accept-Language": "de" } }), null, "nl")).toBe("de");
    expect(await resolveLanguage(getRequest("/", { headers: { "Accept-Language": "fr" } }), null, "nl")).toBe("nl");
    expect(await resolveLanguage(getRequest("/"), null)).toBe("en");
  });

  it("translates with plurals and placeholders in each language", () => {
    expect(getFixedT("en")("nav.unread", { count: 1 })).toBe("1 unread");
    expect(getFixedT("de")("home.greeting", { name: "Mia" })).toBe("Hallo, Mia");
    expect(getFixedT("nl")("login.title")).toBe("Inloggen");
  });
});
