import type { FieldErrors } from "./forms";

/**
 * Why a model refused: what was asked for does not exist for this person (or never did), was
 * deleted, is not theirs to do, or cannot be done with what was sent.
 */
export type DomainProblem = "notFound" | "gone" | "forbidden" | "invalid" | "tooManyAttempts";

// The one place a problem becomes an HTTP status. See docs/decisions/0006-domain-errors.md.
const statusOf: Record<DomainProblem, number> = {
  notFound: 404,
  gone: 410,
  forbidden: 403,
  invalid: 400,
  tooManyAttempts: 429,
};

type Messages = { fieldErrors?: FieldErrors; formError?: string; formErrorValues?: Record<string, string | number> };

/**
 * The one error models throw. It is a Response with the problem's status, so a loader or action
 * that lets it through answers the way Remix answers any thrown Response: with the route's error
 * boundary, translated by status. The form helpers in `actions.server.ts` catch `invalid` ones and
 * show their messages next to the fields, with everything the person typed (and
 * `tooManyAttempts` ones the same way, with their 429).
 */
export class DomainError extends Response {
  constructor(
    readonly problem: DomainProblem,
    readonly messages: Messages = {},
    extraHeaders: Record<string, string> = {},
  ) {
    super(problem, {
      status: statusOf[problem],
      headers: { "Content-Type": "text/plain; charset=utf-8", ...extraHeaders },
    });
  }
}

export const notFound = () => new DomainError("notFound");
export const gone = () => new DomainError("gone");
export const forbidden = () => new DomainError("forbidden");
/** Field messages and a form message are translation keys, as the form schemas' are. */
export const invalid = (messages: Messages) => new DomainError("invalid", messages);

/**
 * Too many tries (sign-in, join codes): not a mistake in the form, so 429 and when to try again,
 * with the message shown like a refusal's.
 */
export const tooManyAttempts = (retryAfterSeconds: number, messages: Messages) =>
  new DomainError("tooManyAttempts", messages, { "Retry-After": String(Math.max(1, retryAfterSeconds)) });

/** The value, or "not found" when there is none: for lookups whose absence ends the request. */
export function found<Value>(value: Value | null | undefined): Value {
  if (value === null || value === undefined) throw notFound();
  return value;
}
