// The browser's translation files, made by scripts/vite-translations.ts.
declare module "virtual:translations" {
  const files: Record<
    import("./utils/i18n").Language,
    Record<string, () => Promise<{ default: import("./utils/i18n").Translations }>>
  >;
  export default files;
}
