import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useEffect, useMemo, useReducer, useRef } from "react";
import logo from "./assets/logo.svg";
import { AppShell } from "./components/app-shell";
import { describeError, ErrorPage } from "./components/error-page";
import { DEFAULT_NEW_HIRE_DAYS, isNewHire } from "./models/new-hires.server";
import { getOrganisation, hasAnyPeople } from "./models/organisation.server";
import { toPhotoView } from "./models/photos.server";
import stylesheet from "./styles/app.css?url";
import { getSessionContext } from "./utils/auth.server";
import { readFlash } from "./utils/flash.server";
import type { Language } from "./utils/i18n";
import {
  defaultLanguage,
  getI18n,
  getLoadedTranslations,
  hasAllTranslations,
  loadTranslations,
  onTranslationsLoaded,
  TranslatorProvider,
} from "./utils/i18n";
import { resolveLanguage } from "./utils/i18n.server";
import { pageTitle } from "./utils/meta";
import { useNonce } from "./utils/nonce";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "manifest", href: "/manifest.webmanifest" },
  // Vite inlines the small logo as a data: URL, so no page waits for it or asks for it again.
  { rel: "icon", href: logo, type: "image/svg+xml" },
  { rel: "apple-touch-icon", href: "/icons/icon-192.png" },
];

// Routes set their own titles; this one names the error pages, which no route renders.
export const meta: MetaFunction = ({ error, matches }) =>
  error ? pageTitle(matches, `errors.page.${describeError(error).kind}.title`) : [{ title: "Brandworthy" }];

const MARK_JS = "document.documentElement.classList.add('js')";

const FIRST_RUN_PATHS = new Set(["/setup"]);

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  if (!FIRST_RUN_PATHS.has(url.pathname) && !(await hasAnyPeople())) throw redirect("/setup");

  const [context, organisation, flash] = await Promise.all([
    getSessionContext(request),
    getOrganisation(),
    readFlash(request),
  ]);
  const user = context?.user ?? null;
  const locale = await resolveLanguage(request, user, organisation?.defaultLanguage);
  const headers = new Headers();
  if (context?.refreshedCookie) headers.append("Set-Cookie", context.refreshedCookie);
  if (flash.clearCookie) headers.append("Set-Cookie", flash.clearCookie);
  return data(
    {
      user: user && {
        id: user.id,
        name: user.name,
        username: user.username,
        role: user.role,
        avatar: context?.avatar ? toPhotoView(context.avatar) : null,
        isNewHire: isNewHire(user, organisation?.newHireDays ?? DEFAULT_NEW_HIRE_DAYS),
      },
      organisationName: organisation?.name ?? "Brandworthy",
      region: organisation?.region ?? "",
      unreadCount: context?.unreadCount ?? 0,
      flash: flash.message,
      locale,
    },
    { headers },
  );
}

export type RootLoaderData = typeof loader;

export function Layout({ children }: { children: ReactNode }) {
  const rootData = useRouteLoaderData<RootLoaderData>("root");
  const nonce = useNonce();
  const locale: Language = rootData?.locale ?? defaultLanguage;
  const i18n = useI18nFor(locale);
  // Again once React runs: a document React had to render anew (after a hydration error) has
  // lost the class the script set.
  useEffect(() => document.documentElement.classList.add("js"), []);
  return (
    // The `js` class is set before the first paint by the script below, so what changes with
    // JavaScript (the photo strip) is laid out that way from the start instead of at hydration.
    <html lang={locale} className="h-full" suppressHydrationWarning>
      <head>
        <meta charSet="utf-8" />
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: MARK_JS }} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#3730a3" />
        {/* Here rather than in `meta`: a route's own meta replaces its parents', and every page should have one. */}
        <meta name="description" content={i18n.t("shell.description")} />
        <Meta />
        <Links />
      </head>
      <body className="min-h-full">
        <TranslatorProvider value={i18n}>{children}</TranslatorProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/**
 * The translator for the page's language. When a navigation changes the language (signing
 * in, switching), its translations are fetched first and the previous language stays until then.
 */
function useI18nFor(locale: Language) {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const translations = hasAllTranslations(locale) ? getLoadedTranslations(locale) : undefined;
  const previous = useRef<ReturnType<typeof getI18n> | null>(null);
  const i18n = useMemo(() => (translations ? getI18n(locale, translations) : null), [locale, translations]);
  useEffect(() => {
    if (!translations) void loadTranslations(locale).then(rerender);
  }, [locale, translations]);
  useEffect(() => onTranslationsLoaded(rerender), []);
  if (i18n) previous.current = i18n;
  // Hydration waits for the page's language (entry.client.tsx), so the last line only serves a
  // moment that cannot come: no language loaded yet. Keys would show until it is.
  return i18n ?? previous.current ?? getI18n(locale, {});
}

export default function App() {
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  return (
    <AppShell>
      <ErrorPage error={error} />
    </AppShell>
  );
}
