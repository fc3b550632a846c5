import { createRemixStub } from "@remix-run/testing";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FlashMessage } from "~/components/flash-message";
import de from "~/locales/de.json";
import en from "~/locales/en.json";
import nl from "~/locales/nl.json";
import DesignGalleryPage, { loader } from "~/routes/admin.design";
import type { Language } from "~/utils/i18n";
import { getI18n, TranslatorProvider } from "~/utils/i18n";
import type { Flash } from "~/utils/flash.server";
import { personWithCookie } from "../admin-factories";
import { getPage } from "../factories";

const translations = { en, de, nl };

function render(language: Language, path: string, Component: ComponentType, loaderData: unknown = null) {
  const Stub = createRemixStub([{ id: "page", path: path.split("?")[0], Component }]);
  return renderToString(
    <TranslatorProvider value={getI18n(language, translations[language])}>
      <Stub initialEntries={[path]} hydrationData={{ loaderData: { page: loaderData } }} />
    </TranslatorProvider>,
  );
}

describe("the design gallery", () => {
  it.each<Language>(["en", "de", "nl"])(
    "shows every component in %s, without a missing translation",
    async (language) => {
      const admin = await personWithCookie("admin");
      const { body, status } = await getPage(loader, "/admin/design?tab=new", { cookie: admin.cookie });
      expect(status).toBe(200);
      expect(body).toEqual({ tab: "new" });
      const html = render(language, "/admin/design?tab=new", DesignGalleryPage, body);
      expect(html).not.toMatch(/\b(design|moments|sheet|feed|dimensions|composer|collections|nav|errors)\.[a-zA-Z]/);
      // A pending button of each of the five variants says it is busy, and only those.
      expect(html.match(/aria-busy="true"/g)).toHaveLength(5);
      // The chosen tab is the current page; the others are plain links.
      expect(html.match(/aria-current="page"/g)).toHaveLength(1);
      expect(html).toMatch(
        /href="\/admin\/design\?tab=new"[^>]*aria-current="page"|aria-current="page"[^>]*href="\/admin\/design\?tab=new"/,
      );
      // Toggle chips are real inputs, so they work without JavaScript; the sheet starts as <details>.
      expect(html.match(/<input type="checkbox" name="sampleValues"/g)).toHaveLength(4);
      expect(html.match(/<input type="radio" name="sampleSort"/g)).toHaveLength(3);
      expect(html).toContain("<details");
      // Each of the five empty-state illustrations and the two moments' pictures.
      expect(html.match(/viewBox="0 0 120 96"/g)).toHaveLength(7);
    },
  );

  it("reads only a known sample tab", async () => {
    const admin = await personWithCookie("admin");
    const { body } = await getPage(loader, "/admin/design?tab=<script>", { cookie: admin.cookie });
    expect(body).toEqual({ tab: "best" });
  });
});

describe("a flash that marks a moment", () => {
  const flashHtml = (flash: Flash) => render("en", "/", () => <FlashMessage messageKey={flash} />);

  it("celebrates a first story with its next steps, the message still read out as a status", () => {
    const html = flashHtml({ key: "composer.published", values: { moment: "firstStory" } });
    expect(html).toContain("Your first story is out!");
    expect(html).toMatch(/role="status"[^>]*>Your story is published\. Thank you for sharing it!</);
    expect(html).toContain('href="/stories/new"');
  });

  it("celebrates a finished collection and points to the others", () => {
    const html = flashHtml({ key: "collections.finishedFlash", values: { title: "Week 1" } });
    expect(html).toContain("Collection finished");
    expect(html).toMatch(/role="status"[^>]*>You finished Week 1!</);
    expect(html).toContain('href="/collections"');
  });

  it("keeps a plain flash a plain line", () => {
    const html = flashHtml("composer.published");
    expect(html).not.toContain("Your first story is out!");
    expect(html).toMatch(/role="status"/);
  });
});
