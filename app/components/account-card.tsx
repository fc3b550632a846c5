import { useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useId } from "react";
import { PostForm } from "./post-form";

/** The narrow card of the pages that get someone into an account: signing in, setting up, joining, a new password. */
export function AccountCard({
  title,
  isWide = false,
  children,
}: {
  title: string;
  isWide?: boolean;
  children: ReactNode;
}) {
  const headingId = `${useId()}-title`;
  return (
    <section
      className={isWide ? "card mx-auto max-w-lg space-y-4" : "card mx-auto max-w-md space-y-4"}
      aria-labelledby={headingId}
    >
      <h1 id={headingId} className="text-2xl font-bold">
        {title}
      </h1>
      {children}
    </section>
  );
}

/** The form of such a page: its refusal's message, its fields, and one wide button that waits while it is sent. */
export function AccountForm({
  refusal,
  submitLabel,
  noValidate,
  children,
}: {
  refusal?: { formError?: string; formErrorValues?: Record<string, string | number> };
  submitLabel: string;
  noValidate?: boolean;
  children: ReactNode;
}) {
  const isSubmitting = useNavigation().state === "submitting";
  return (
    <PostForm
      refusal={refusal}
      submit={{ label: submitLabel, isWide: true, disabled: isSubmitting }}
      noValidate={noValidate}
    >
      {children}
    </PostForm>
  );
}
