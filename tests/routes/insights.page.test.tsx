import { createRemixStub } from "@remix-run/testing";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import InsightsPage, { loader as insightsPage } from "~/routes/insights";
import en from "~/locales/en.json";
import { getI18n, TranslatorProvider } from "~/utils/i18n";
import { createTestPerson, createTestValue, getPage, signedInCookie } from "../factories";
import { createTeamOf, storiesBy } from "../insights-factories";

async function renderInsights(query: string) {
  const cookie = await signedInCookie((await createTestPerson({ role: "manager" })).id);
  const { body } = await getPage(insightsPage, `/insights${query}`, { cookie });
  const Stub = createRemixStub([{ id: "routes/insights", path: "/insights", Component: InsightsPage }]);
  return renderToString(
    <TranslatorProvider value={getI18n("en", en)}>
      <Stub initialEntries={[`/insights${query}`]} hydrationData={{ loaderData: { "routes/insights": body } }} />
    </TranslatorProvider>,
  );
}

describe("the insights page", () => {
  it("renders an accessible chart, the tables, feed links and CSV links", async () => {
    const { team, people } = await createTeamOf(5);
    const value = await createTestValue({ name: "Own it" });
    await storiesBy(people, { valueId: value.id, dimensions: ["brand"], gotInTheWay: "=Broken till" });
    const html = await renderInsights(`?period=30&team=${team.slug}`);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(html).toContain("<title id=");
    expect(html).toContain("<details>");
    expect(html).toContain(`href="/?tab=new&amp;value=${value.slug}&amp;dim=brand&amp;team=${team.slug}"`);
    expect(html).toContain(`href="/insights.csv?period=30&amp;team=${team.slug}&amp;chart=heatmap"`);
    expect(html).toContain("=Broken till");
    // An untranslated key would show as its name.
    expect(html).not.toMatch(/insights\.(?!csv\?)/);
    for (const person of people) expect(html).not.toContain(person.name);
  });

  it("says too few to show for a team of four", async () => {
    const { team } = await createTeamOf(4);
    const html = await renderInsights(`?team=${team.slug}`);
    expect(html).toContain("This team has fewer than 5 people");
    expect(html.match(/too few to show/g)!.length).toBeGreaterThanOrEqual(5);
    expect(html).not.toContain("<svg");
  });
});
