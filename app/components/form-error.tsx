import { useTranslation } from "react-i18next";

export function FormError({ messageKey, values }: { messageKey?: string | null; values?: Record<string, unknown> }) {
  const { t } = useTranslation();
  if (!messageKey) return null;
  return (
    <p role="alert" className="rounded-lg border border-red-700 bg-red-50 px-4 py-3 font-medium text-red-800">
      {t(messageKey, values)}
    </p>
  );
}
