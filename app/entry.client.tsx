import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { defaultLanguage, isLanguage, loadTranslations } from "./utils/i18n";

// The page's language comes as its own cached file; hydration waits for it so the text matches.
const language = document.documentElement.lang;
void loadTranslations(isLanguage(language) ? language : defaultLanguage).then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
});
