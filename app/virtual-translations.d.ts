// The browser's translation files, made by scripts/vite-translations.ts.
declare module "virtual:translations" {
  import type { Language, Translations } from "~/utils/i18n";

  const files: Record<Language, Record<string, () => Promise<{ default: Translations }>>>;
  export default files;
}
