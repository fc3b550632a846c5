import { describe, expect, it } from "vitest";
import { formattersFor, formattingLocale, regionName } from "~/utils/format";

const date = "2026-12-01T12:00:00Z";

describe("dates and numbers in the reader's language and the organisation's country", () => {
  it.each([
    ["en", "NL", "1 Dec 2026", "12.345,6"],
    ["en", "GB", "1 Dec 2026", "12,345.6"],
    ["en", "", "Dec 1, 2026", "12,345.6"],
    ["de", "DE", "01.12.2026", "12.345,6"],
    ["en", "DE", "1 Dec 2026", "12.345,6"],
    ["nl", "NL", "1 dec 2026", "12.345,6"],
    ["nl", "BE", "1 dec 2026", "12.345,6"],
  ])("%s in %s: %s and %s", (language, region, expectedDate, expectedNumber) => {
    const { formatDate, formatNumber } = formattersFor(formattingLocale(language, region));
    expect(formatDate(date)).toBe(expectedDate);
    expect(formatNumber(12345.6)).toBe(expectedNumber);
  });

  it("builds the locale from language and country, and ignores a country Intl cannot read", () => {
    expect(formattingLocale("en", "NL")).toBe("en-NL");
    expect(formattingLocale("nl", null)).toBe("nl");
    expect(formattingLocale("de", "not a country")).toBe("de");
  });

  it("names a country in the reader's language", () => {
    expect(regionName("NL", "en")).toBe("Netherlands");
    expect(regionName("NL", "de")).toBe("Niederlande");
    expect(regionName("DE", "nl")).toBe("Duitsland");
  });
});
