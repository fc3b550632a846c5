import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { paths } from "~/utils/paths";
import { useTranslation } from "~/utils/i18n";
import { Page } from "./page-header";

/** An administration page: the way back to the administration hub above its heading. */
export function AdminPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page
      title={title}
      eyebrow={
        <Link to={paths.admin()} className="link">
          {t("admin.backToHub")}
        </Link>
      }
    >
      {children}
    </Page>
  );
}
