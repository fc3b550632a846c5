import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import en from "~/locales/en.json";
import { translationAreas, translationPartOf } from "~/utils/translation-areas";

const app = join(process.cwd(), "app");
const groups = Object.keys(en);
const keyPrefix = new RegExp(`["'\`](${groups.join("|")})\\.[a-zA-Z$]`, "g");

function resolveImport(from: string, specifier: string) {
  const base = specifier.startsWith("~/") ? join(app, specifier.slice(2)) : resolve(dirname(from), specifier);
  return ["", ".ts", ".tsx", "/index.ts"]
    .map((ending) => base + ending)
    .find((file) => existsSync(file) && !file.endsWith("/"));
}

/**
 * The groups of translation keys a module and what it imports for the browser name. Server
 * modules are left out: what they translate is made on the server, and the keys they send as
 * messages belong to the area of the pages that call them (a miss in the browser loads it).
 */
function groupsUsedBy(file: string, seen = new Set<string>()): Set<string> {
  const used = new Set<string>();
  if (seen.has(file)) return used;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const match of source.matchAll(keyPrefix)) used.add(match[1]!);
  for (const match of source.matchAll(/(?:from|import)\s*\(?\s*"((?:~|\.\.?)\/[^"]+)"/g)) {
    const imported = resolveImport(file, match[1]!);
    if (imported && !/\/(locales|generated)\/|\.server\.ts$/.test(imported))
      for (const group of groupsUsedBy(imported, seen)) used.add(group);
  }
  return used;
}

const areasOf = (used: Set<string>) =>
  [...new Set([...used].map(translationPartOf))].filter((part) => part !== "common").sort();

describe("translation areas", () => {
  it("name groups that exist, each in one area", () => {
    const listed = Object.values(translationAreas).flat();
    expect(listed.filter((group) => !groups.includes(group))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("leave the root and its shell to the common part, which every page has", () => {
    expect(areasOf(groupsUsedBy(join(app, "root.tsx")))).toEqual([]);
  });

  it.each(readdirSync(join(app, "routes")).filter((name) => /\.tsx?$/.test(name)))(
    "routes/%s asks for the area of every key it and its components use",
    (name) => {
      const file = join(app, "routes", name);
      const asked = [...readFileSync(file, "utf8").matchAll(/loadTranslationArea\("(\w+)"\)/g)].map((m) => m[1]!);
      expect(asked.sort()).toEqual(areasOf(groupsUsedBy(file)));
    },
  );
});
