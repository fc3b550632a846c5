import type { z } from "zod";
import { ZodIssueCode } from "zod";

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

export type FieldErrors = Record<string, string[] | undefined>;

export type FormFailure = {
  fieldErrors: FieldErrors;
  formError?: string;
  formErrorValues?: Record<string, string | number>;
  values: Record<string, string>;
};

/** A failure the schema could not see (a taken username, a wrong password), in the same shape. */
export function formFailure(values: Record<string, string>, failure: Partial<Omit<FormFailure, "values">>): FormFailure {
  return { fieldErrors: {}, ...failure, values };
}

/** Every submitted text value, so a failed form can show exactly what the person typed. */
export function submittedValues(formData: FormData) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && key !== "password" && !key.toLowerCase().includes("password")) {
      values[key] = value;
    }
  }
  return values;
}

/**
 * Parses a form with its Zod schema. Error messages are translation keys, so the same schema
 * serves the action and the messages shown next to each field.
 */
export function parseForm<Schema extends z.ZodTypeAny>(schema: Schema, formData: FormData) {
  const raw: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    raw[key] = all.length > 1 ? all : (all[0] as FormDataEntryValue);
  }
  const result = schema.safeParse(raw, { errorMap });
  if (result.success) return { success: true as const, data: result.data as z.infer<Schema> };
  const failure: FormFailure = {
    fieldErrors: result.error.flatten().fieldErrors as FieldErrors,
    formError: result.error.flatten().formErrors[0],
    values: submittedValues(formData),
  };
  return { success: false as const, failure };
}
