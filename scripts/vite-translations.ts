import { readdirSync, readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { translationAreas, translationPartOf } from "../app/utils/translation-areas";

const ID = "virtual:translations";
const parts = ["common", ...Object.keys(translationAreas)];
const localesDir = new URL("../app/locales/", import.meta.url).pathname;
// One locale file per language (a test checks they match the app's list).
const languages = readdirSync(localesDir).flatMap((name) => (name.endsWith(".json") ? [name.slice(0, -5)] : []));

/**
 * The browser's translations: `virtual:translations` maps each language and part (the common
 * one and each area of app/utils/translation-areas.ts) to a loader of its own small module,
 * cut from the language's locale file at build time. The server reads the whole files.
 */
export function translations(): Plugin {
  return {
    name: "brandworthy-translations",
    resolveId: (id) => (id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${ID}`) {
        const loaders = languages.map(
          (language) =>
            `${language}: {${parts.map((part) => `${part}: () => import("${ID}/${language}-${part}")`).join(", ")}}`,
        );
        return `export default {${loaders.join(", ")}};`;
      }
      if (!id.startsWith(`\0${ID}/`)) return undefined;
      const [language, part] = id.slice(`\0${ID}/`.length).split("-");
      const file = `${localesDir}${language}.json`;
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      const own = Object.fromEntries(Object.entries(all).filter(([group]) => translationPartOf(group) === part));
      // One JSON.parse of a string: browsers read that faster than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(own))});`;
    },
  };
}
