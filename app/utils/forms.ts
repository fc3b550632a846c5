import type { Translate } from "./i18n";

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

export function isSecret(key: string) {
  return key.toLowerCase().includes("password");
}

/**
 * Every submitted text value (never a password), so a failed form can show exactly what the
 * person typed, and the composer can keep an unsent draft in the browser.
 */
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

/**
 * A message that names a number (a field's limit): its key and the number in one string, since a
 * field's messages travel as a list of strings ("errors.tooLong#140").
 */
export const countedMessage = (key: string, count: number) => `${key}#${count}`;

/** A field's message in the reader's language, with the number a counted message names. */
export function messageText(t: Translate, message: string) {
  const [key, count] = message.split("#") as [string, string | undefined];
  return count === undefined ? t(key) : t(key, { count: Number(count) });
}
