// The one way an action reads a form: the body checked, the intent told apart, the fields parsed
// by the intent's schema, and a refusal sent back with its messages and everything typed.
// See docs/decisions/0005-forms-and-intents.md.
import { data } from "@remix-run/node";
import type { z } from "zod";
import { DomainError } from "./domain-error.server";
import type { FormFailure, Refusal } from "./forms";
import { parseForm, submittedValues } from "./forms";

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
