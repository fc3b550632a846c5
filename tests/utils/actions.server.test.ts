import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseForm } from "~/utils/actions.server";
import { messageText } from "~/utils/forms";
import { getFixedT } from "~/utils/i18n.server";

const Schema = z.object({ title: z.string().trim().min(1).max(200), password: z.string().optional() });

function parse(title: string, extra: Record<string, string> = {}) {
  const form = new FormData();
  form.set("title", title);
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return parseForm(Schema, form);
}

describe("parseForm and Unicode", () => {
  it.each([
    ["a family emoji joined by zero-width joiners", "Thanks 👨‍👩‍👧 for waiting"],
    ["Arabic with a right-to-left mark", "شكرا\u200F لك"],
    ["a name in bidirectional isolates, as messaging apps paste it", "Thanks \u2068Ayşe\u2069!"],
    ["tabs and line breaks", "Line one\n\tLine two\r\n"],
    ["German and Dutch letters", "Größe ĳs één"],
  ])("keeps %s as typed", (_name, title) => {
    expect(parse(title)).toEqual({ success: true, data: { title: title.trim() } });
  });

  it("turns line breaks pasted from slides and PDFs into ordinary ones", () => {
    expect(parse("Slide line\u000Bnext\u2028last")).toEqual({
      success: true,
      data: { title: "Slide line\nnext\nlast" },
    });
  });

  it.each([
    ["a right-to-left override", "invoice\u202Egnp.exe"],
    ["a left-to-right embedding", "\u202Aname"],
    ["a NUL byte", "a\u0000b"],
    ["an escape character", "\u001B[31mred"],
  ])("refuses %s with a message for the field, keeping what was typed", (_name, title) => {
    const result = parse(title);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.failure.fieldErrors.title).toEqual(["errors.hiddenCharacters"]);
    expect(result.failure.values.title).toBe(title);
  });

  it("counts a value of only invisible characters as empty", () => {
    const result = parse("\u200B \uFEFF\u2060");
    expect(result.success === false && result.failure.fieldErrors.title).toEqual(["errors.required"]);
  });

  it("takes passwords exactly as typed", () => {
    expect(parse("ok", { password: "\u202Esecret\u0000" })).toEqual({
      success: true,
      data: { title: "ok", password: "\u202Esecret\u0000" },
    });
  });
});

describe("a value over its limit", () => {
  it("is refused with a message that names the limit, in each language", () => {
    const result = parse("x".repeat(201));
    expect(result.success).toBe(false);
    const [message] = result.success ? [] : result.failure.fieldErrors.title!;
    expect(message).toBe("errors.tooLong#200");
    expect(messageText(getFixedT("en"), message!)).toBe("At most 200 characters.");
    expect(messageText(getFixedT("de"), message!)).toBe("Höchstens 200 Zeichen.");
    expect(messageText(getFixedT("nl"), message!)).toBe("Maximaal 200 tekens.");
    expect(messageText(getFixedT("en"), "errors.required")).toBe("Please fill this in.");
  });
});
