// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import {
  getI18n,
  getLoadedTranslations,
  hasAllTranslations,
  loadTranslationArea,
  loadTranslations,
} from "~/utils/i18n";

// In the browser a language arrives in parts; a page must not take a language that lacks an area
// a page asked for (after a switch back to one loaded earlier for another page).
describe("translations in the browser", () => {
  it("counts a language ready only once it has every area asked for", async () => {
    document.documentElement.lang = "en";
    await loadTranslations("de");
    expect(hasAllTranslations("de")).toBe(true);
    expect(getI18n("de", getLoadedTranslations("de")!).t("nav.feed")).toBe("Feed");

    // An English page asks for the account area: German, loaded before, now lacks it.
    await loadTranslationArea("account");
    expect(hasAllTranslations("en")).toBe(true);
    expect(hasAllTranslations("de")).toBe(false);

    await loadTranslations("de");
    expect(hasAllTranslations("de")).toBe(true);
    expect(getI18n("de", getLoadedTranslations("de")!).t("profile.title")).not.toBe("profile.title");
  });

  it("fetches the area of a key the page did not ask for, in the translator's own language", async () => {
    await loadTranslations("nl");
    const before = getI18n("nl", getLoadedTranslations("nl")!);
    expect(before.t("admin.hub.title")).toBe("admin.hub.title");
    await expect.poll(() => hasAllTranslations("nl") && getLoadedTranslations("nl")!.admin !== undefined).toBe(true);
    expect(getI18n("nl", getLoadedTranslations("nl")!).t("admin.hub.title")).not.toBe("admin.hub.title");
  });
});
