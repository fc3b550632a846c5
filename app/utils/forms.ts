import { z, ZodIssueCode } from "zod";

/** The id of a stored record, as a form sends it. */
export const recordId = z.string().min(1).max(40);

/** Checkbox groups arrive as nothing, one string or several: always a list here. */
export const checkboxList = <Item extends z.ZodTypeAny>(item: Item) =>
  z.preprocess((raw) => (raw === undefined || raw === "" ? [] : Array.isArray(raw) ? raw : [raw]), z.array(item));

// Messages are translation keys; a schema's own message wins over these.
const errorMap: z.ZodErrorMap = (issue) => {
  if (issue.code === ZodIssueCode.invalid_type && issue.received === "undefined") return { message: "errors.required" };
  if (issue.code === ZodIssueCode.too_small && issue.type === "string" && issue.minimum === 1) {
    return { message: "errors.required" };
  }
  if (issue.code === ZodIssueCode.too_small && issue.type === "string") return { message: "errors.tooShort" };
  if (issue.code === ZodIssueCode.too_big && issue.type === "string") return { message: "errors.tooLong" };
  return { message: "errors.invalid" };
};

// Line breaks other programs paste (PowerPoint's vertical tab for Shift+Enter, form feeds and
// Unicode line separators from PDFs) become ordinary ones.
// eslint-disable-next-line no-control-regex
const PASTED_BREAKS = /[\u000B\u000C\u0085\u2028\u2029]/g;
// Characters that make text display as something other than what it is (bidirectional embeddings
// and overrides) or that no keyboard types (the other control characters). Bidirectional isolates
// and marks stay: apps put them around names and they cannot reorder what follows.
// eslint-disable-next-line no-control-regex
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E]/;
// Invisible characters a trim leaves behind: a value made only of them (and spaces) is empty.
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// What the body parser puts where bytes were not UTF-8 (a browser set to another encoding, a
// mangled paste through a proxy): stored, the text would be broken for good.
const NOT_UTF8 = /\uFFFD/;

function isSecret(key: string) {
  return key.toLowerCase().includes("password");
}

export type FieldErrors = Record<string, string[] | undefined>;

/** What was typed, per field: one value, or all of them for a field sent several times (a checkbox list). */
export type SubmittedValues = Record<string, string | string[]>;

export type FormFailure = {
  fieldErrors: FieldErrors;
  formError?: string;
  formErrorValues?: Record<string, string | number>;
  values: SubmittedValues;
};

/** A refused form as the page gets it back: which of its forms it was, the messages, what was typed. */
export type Refusal<Extra = object> = FormFailure & { intent: string | null } & Extra;

/** Every submitted text value (never a password), so a failed form can show exactly what the person typed. */
export function submittedValues(formData: FormData): SubmittedValues {
  const values: SubmittedValues = {};
  for (const key of new Set(formData.keys())) {
    if (isSecret(key)) continue;
    const texts = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (texts.length) values[key] = texts.length === 1 ? texts[0]! : texts;
  }
  return values;
}

/** One field's text as it was typed, for a text input. */
export function textValue(values: SubmittedValues | undefined, key: string) {
  const value = values?.[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Every value of a field (checkboxes, a multiple choice), for a list; undefined when none came back. */
export function listValue(values: SubmittedValues | undefined, key: string) {
  if (!values) return undefined;
  const value = values[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Parses a form with its Zod schema. Error messages are translation keys, so the same schema
 * serves the action and the messages shown next to each field. Before the schema sees them, pasted
 * line breaks become ordinary ones, text with hidden control characters or bytes that were not
 * UTF-8 is refused and values of only invisible characters count as empty (passwords are taken
 * exactly as typed).
 */
export function parseForm<Schema extends z.ZodTypeAny>(schema: Schema, formData: FormData) {
  const raw: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  const hidden: FieldErrors = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).map((value) => {
      if (typeof value !== "string" || isSecret(key)) return value;
      const text = value.replace(PASTED_BREAKS, "\n");
      if (HIDDEN_CONTROLS.test(text)) hidden[key] = ["errors.hiddenCharacters"];
      else if (NOT_UTF8.test(text)) hidden[key] = ["errors.notUtf8"];
      return text.replace(INVISIBLE, "") === "" ? "" : text;
    });
    raw[key] = all.length > 1 ? all : (all[0] as FormDataEntryValue);
  }
  const result = schema.safeParse(raw, { errorMap });
  if (result.success && Object.keys(hidden).length === 0)
    return { success: true as const, data: result.data as z.infer<Schema> };
  const flattened = result.success ? { fieldErrors: {}, formErrors: [] } : result.error.flatten();
  const failure: FormFailure = {
    fieldErrors: { ...(flattened.fieldErrors as FieldErrors), ...hidden },
    formError: flattened.formErrors[0],
    values: submittedValues(formData),
  };
  return { success: false as const, failure };
}

/** Whether an action's answer is a refusal (rather than a success the page shows, such as a new link). */
export function isRefusal(actionData: unknown): actionData is Refusal {
  return typeof actionData === "object" && actionData !== null && "fieldErrors" in actionData && "values" in actionData;
}

/**
 * Binds a page's fields to its last refusal: `field(name, saved)` gives a TextField, TextAreaField
 * or SelectField its name, what was typed (or `saved` before any refusal) and its messages, from
 * whatever the action answered. Only the refusal of the same form counts when `intent` is given
 * (several forms on one page).
 */
export function formFields(actionData: unknown, intent?: string) {
  const refusal = isRefusal(actionData) ? actionData : undefined;
  const own = refusal && (intent === undefined || refusal.intent === intent) ? refusal : undefined;
  return {
    refusal: own,
    field: (name: string, saved?: string | null) => ({
      name,
      defaultValue: own ? (textValue(own.values, name) ?? "") : (saved ?? undefined),
      errors: own?.fieldErrors[name],
    }),
    list: (name: string, saved: string[] = []) => (own ? (listValue(own.values, name) ?? []) : saved),
  };
}
