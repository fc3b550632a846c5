import { useTranslation } from "~/utils/i18n";
import type { formFields } from "~/utils/forms";
import { TextAreaField } from "./text-field";

// The limits are the schemas' (ReportSchema and HideSchema in moderation.server.ts).
const reasons = {
  report: { label: "report.reason", hint: "report.reasonHint", rows: 3, maxLength: 500, required: true },
  hide: { label: "moderation.reason", hint: "moderation.reasonHint", rows: 2, maxLength: 300, required: false },
} as const;

/** Why someone reports something, or why a manager hides it: a short text the people involved read. */
export function ReasonField({
  purpose,
  ...field
}: { purpose: keyof typeof reasons } & ReturnType<ReturnType<typeof formFields>["field"]>) {
  const { t } = useTranslation();
  const { label, hint, ...limits } = reasons[purpose];
  return <TextAreaField label={t(label)} hint={t(hint)} {...limits} {...field} isCounted />;
}
