// The one way an action reads a form: the body checked, the intent told apart, the fields parsed
// by the intent's schema, and a refusal sent back with its messages and everything typed.
// See docs/decisions/0005-forms-and-intents.md.
import { data } from "@remix-run/node";
import { z, ZodIssueCode } from "zod";
import { DomainError } from "./domain-error.server";
import type { FieldErrors, FormFailure, Refusal } from "./forms";
import { countedMessage, isSecret, submittedValues } from "./forms";

export { submittedValues };

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
  // The limit is named ("At most 140 characters"), so the person knows how much to cut.
  if (issue.code === ZodIssueCode.too_big && issue.type === "string") {
    return { message: countedMessage("errors.tooLong", Number(issue.maximum)) };
  }
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

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * The request's form, or a 4xx when the body is not one: another content type (JSON, plain text,
 * none) is 415, a form that cannot be read (a multipart body without its boundary, parts without
 * a name) is 400. Without this the body parser's own error would answer 500.
 */
export async function readFormData(request: Request) {
  const type = request.headers.get("Content-Type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!FORM_TYPES.includes(type)) throw new Response("Unsupported Media Type", { status: 415 });
  try {
    return await request.formData();
  } catch {
    throw new Response("Bad Request", { status: 400 });
  }
}

/** One form of a page: the schema that reads it and what to do with what it read. */
export type Intent<Schema extends z.ZodTypeAny, Result> = {
  schema: Schema;
  handle: (input: z.infer<Schema>, formData: FormData) => Promise<Result>;
};

export function intent<Schema extends z.ZodTypeAny, Result>(
  schema: Schema,
  handle: (input: z.infer<Schema>, formData: FormData) => Promise<Result>,
): Intent<Schema, Result> {
  return { schema, handle };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each intent has its own schema and result
type IntentTable = Record<string, Intent<any, any>>;
type ResultOf<Table extends IntentTable> = Awaited<ReturnType<Table[keyof Table]["handle"]>>;

type Options<Extra> = {
  /** More for the page to show the form again with (the composer's list of people). */
  withRefusal?: (failure: Refusal, formData: FormData) => Promise<Extra>;
};

// Which intents each request's action offered, so the hostile-input gate reads them from the
// table the action really uses instead of from its source text.
const offered = new WeakMap<Request, string[]>();
export const intentsOffered = (request: Request) => offered.get(request);

/**
 * Runs the intent the form names (exactly one `intent` field with a known value) with its schema.
 * A missing, doubled or unknown intent, fields the schema refuses and `invalid` domain errors all
 * answer 400 with the messages and the typed values (`tooManyAttempts`: the same with 429 and
 * Retry-After); other domain errors go on as their status.
 */
export async function handleIntents<Table extends IntentTable, Extra = object>(
  request: Request,
  table: Table,
  options: Options<Extra> = {},
) {
  offered.set(request, Object.keys(table));
  const formData = await readFormData(request);
  const named = formData.getAll("intent");
  const name = named.length === 1 && typeof named[0] === "string" && Object.hasOwn(table, named[0]) ? named[0] : null;
  if (!name) return refuse(null, { formError: "errors.unknownAction" }, formData, options);
  return run(name, table[name]!, formData, options) as Promise<
    ResultOf<Table> | ReturnType<typeof data<Refusal<Extra>>>
  >;
}

/** The same for a page with a single form, which sends no intent. */
export async function handleForm<Schema extends z.ZodTypeAny, Result, Extra = object>(
  request: Request,
  schema: Schema,
  handle: (input: z.infer<Schema>, formData: FormData) => Promise<Result>,
  options: Options<Extra> = {},
) {
  offered.set(request, []);
  const formData = await readFormData(request);
  return run(null, { schema, handle }, formData, options) as Promise<Result | ReturnType<typeof data<Refusal<Extra>>>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the callers above type the result
async function run(name: string | null, form: Intent<any, any>, formData: FormData, options: Options<unknown>) {
  const parsed = parseForm(form.schema, formData);
  if (!parsed.success) return refuse(name, parsed.failure, formData, options);
  try {
    return await form.handle(parsed.data, formData);
  } catch (error) {
    if (error instanceof DomainError && (error.problem === "invalid" || error.problem === "tooManyAttempts")) {
      const retryAfter = error.headers.get("Retry-After");
      const headers = retryAfter ? { "Retry-After": retryAfter } : undefined;
      return refuse(name, error.messages, formData, options, { status: error.status, headers });
    }
    throw error;
  }
}

async function refuse(
  name: string | null,
  messages: Partial<FormFailure>,
  formData: FormData,
  { withRefusal }: Options<unknown>,
  init: { status: number; headers?: Record<string, string> } = { status: 400 },
) {
  const refusal: Refusal = { fieldErrors: {}, values: submittedValues(formData), ...messages, intent: name };
  const extra = withRefusal ? await withRefusal(refusal, formData) : {};
  return data({ ...refusal, ...(extra as object) }, init);
}
