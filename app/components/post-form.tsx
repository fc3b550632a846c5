import { useActionData, useNavigation } from "@remix-run/react";
import type { ComponentProps, ReactNode, RefObject } from "react";
import { useEffect, useRef } from "react";
import { isRefusal } from "~/utils/forms";
import { AnchoredForm } from "./anchored-form";
import { SubmitButton } from "./button";
import { FormError } from "./form-error";
import { Section } from "./section";

const layouts = {
  stack: "space-y-4",
  card: "card space-y-4",
  row: "flex flex-wrap items-end gap-2",
  grid: "grid gap-4 sm:grid-cols-2",
} as const;

/** The intent and record ids a form posts along with what is typed. */
export function HiddenFields({ intent, fields = {} }: { intent?: string; fields?: Record<string, string> }) {
  return (
    <>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** Whether the form now being sent is the one with this intent and these ids. */
export function useIsSending(intent?: string, fields: Record<string, string> = {}) {
  const { formData } = useNavigation();
  if (!formData) return false;
  return (
    (formData.get("intent") ?? undefined) === intent &&
    Object.entries(fields).every(([name, value]) => formData.get(name) === value)
  );
}

/**
 * Empties the form once its own submission went through. Without JavaScript the redirect after
 * success loads a fresh page; with it, Remix keeps the page and the typed values would stay.
 */
function useClearOnSuccess(form: RefObject<HTMLFormElement>, isSending: boolean, isOn: boolean) {
  const result = useActionData();
  const wasSending = useRef(false);
  useEffect(() => {
    if (isSending) wasSending.current = true;
    else if (wasSending.current) {
      wasSending.current = false;
      if (isOn && !isRefusal(result)) form.current?.reset();
    }
  }, [form, isSending, isOn, result]);
}

/**
 * A form that posts to the page's action: its intent and ids as hidden fields, the message of its
 * own refusal first, then its fields and its submit button (with a way out beside it: `cancel`).
 * Its button shows a spinner while it is being sent. `clearOnSuccess` empties it after it went through. `noValidate` leaves every check to the server, so a long form shows all its messages at once.
 */
export function PostForm({
  intent,
  fields,
  refusal,
  submit,
  cancel,
  layout = "stack",
  noValidate,
  clearOnSuccess = false,
  children,
}: {
  intent?: string;
  fields?: Record<string, string>;
  refusal?: { formError?: string; formErrorValues?: Record<string, string | number> };
  submit: ComponentProps<typeof SubmitButton>;
  cancel?: ReactNode;
  layout?: keyof typeof layouts;
  noValidate?: boolean;
  clearOnSuccess?: boolean;
  children: ReactNode;
}) {
  const isSending = useIsSending(intent, fields);
  const form = useRef<HTMLFormElement>(null);
  useClearOnSuccess(form, isSending, clearOnSuccess);
  const button = <SubmitButton isPending={isSending} {...submit} />;
  return (
    <AnchoredForm method="post" className={layouts[layout]} noValidate={noValidate} ref={form}>
      <HiddenFields intent={intent} fields={fields} />
      <FormError messageKey={refusal?.formError} values={refusal?.formErrorValues} />
      {children}
      {cancel ? (
        <div className="flex flex-wrap gap-3">
          {button}
          {cancel}
        </div>
      ) : layout === "grid" ? (
        <div className="sm:col-span-2">{button}</div>
      ) : (
        button
      )}
    </AnchoredForm>
  );
}

/**
 * The form that adds one more to an administration list, under its heading, emptied once it
 * worked. It sits near the top, so it needs no anchor: the page comes back with it, and with
 * the confirmation (or the new invitation's link) above it, in view.
 */
export function CreateForm({
  title,
  ...form
}: { title: string } & Omit<ComponentProps<typeof PostForm>, "intent" | "clearOnSuccess">) {
  return (
    <Section title={title}>
      <PostForm intent="create" clearOnSuccess {...form} />
    </Section>
  );
}
