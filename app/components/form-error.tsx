import { CircleAlert } from "lucide-react";
import { useTranslation } from "~/utils/i18n";

export function FormError({ messageKey, values }: { messageKey?: string | null; values?: Record<string, unknown> }) {
  const { t } = useTranslation();
  if (!messageKey) return null;
  return (
    <p
      role="alert"
      className="flex items-start gap-2 rounded-card border border-danger/40 bg-danger-soft px-4 py-3 font-medium text-danger"
    >
      <CircleAlert aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0" />
      <span>{t(messageKey, values)}</span>
    </p>
  );
}
