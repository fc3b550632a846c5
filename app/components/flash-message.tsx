import { useTranslation } from "react-i18next";
import type { Flash } from "~/utils/flash.server";

export function FlashMessage({ messageKey }: { messageKey: Flash | null }) {
  const { t } = useTranslation();
  if (!messageKey) return null;
  return (
    <p role="status" className="mb-4 rounded-lg border border-success bg-success-soft px-4 py-3 text-success">
      {typeof messageKey === "string" ? t(messageKey) : t(messageKey.key, messageKey.values)}
    </p>
  );
}
