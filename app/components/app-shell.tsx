import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/utils/i18n";
import logo from "~/assets/logo.svg";
import { paths } from "~/utils/paths";
import { useRootData } from "~/utils/user";
import { FlashMessage } from "./flash-message";
import { LanguageSwitcher } from "./language-switcher";
import { MainNavigation } from "./main-navigation";

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const root = useRootData();
  const user = root?.user ?? null;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-30 focus:rounded focus:bg-surface focus:p-2"
      >
        {t("shell.skipToContent")}
      </a>
      <header className="sticky top-0 z-10 border-b border-line bg-surface/95 backdrop-blur print:hidden">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-2">
          <Link to={paths.home()} className="flex min-h-11 items-center gap-2 font-bold text-accent">
            <img src={logo} alt="" width={28} height={28} />
            <span>Brandworthy</span>
            {root?.organisationName && root.organisationName !== "Brandworthy" ? (
              <span className="hidden font-normal text-ink-muted sm:inline">· {root.organisationName}</span>
            ) : null}
          </Link>
          {user ? <MainNavigation variant="top" unreadCount={root?.unreadCount ?? 0} me={user} /> : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 pt-6 pb-28 md:pb-12">
        <FlashMessage messageKey={root?.flash ?? null} />
        {children}
      </main>
      <footer className="mx-auto max-w-5xl px-4 pb-24 md:pb-8 print:hidden">
        <LanguageSwitcher />
      </footer>
      {user ? <MainNavigation variant="bottom" unreadCount={root?.unreadCount ?? 0} me={user} /> : null}
    </>
  );
}
