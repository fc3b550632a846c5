import { useTranslation } from "react-i18next";

export function FormError({ messageKey, values }: { messageKey?: string | null; values?: Record<string, unknown> }) {
  const { t } = useTranslation();
  if (!messageKey) return null;
  return (
    <p role="alert" className="rounded-lg border border-danger bg-danger-soft px-4 py-3 font-medium text-danger">
      {t(messageKey, values)}
    </p>
  );
}
