import { Link } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { paths } from "~/utils/paths";

/** The way back to the administration hub, and the page's heading. */
export function AdminHeader({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={paths.admin()} className="link">
          {t("admin.backToHub")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
    </>
  );
}
