import type { ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { routing, FROM_LOCALE_PARAM, isJaEnOnly, isLocale, jaEnLocales, type Locale } from "@/lib/i18n/routing";
import { ClientStringsProvider } from "@/components/ClientStrings";
import { SessionTimeout } from "@/components/SessionTimeout";
import { extendSession } from "@/app/_server/session-actions";
import { setTheme } from "@/app/_server/theme-actions";
import { currentSession, msUntil } from "@/app/_server/session";
import { authConfig } from "@/lib/auth/config";
import { pageContext } from "@/app/_server/page-context";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFooter } from "@/components/layout/SiteFooter";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "ja", namespace: "meta" });
  return {
    title: { template: `%s | ${t("siteName")}`, default: t("siteName") },
    description: t("description"),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { theme, returnPath } = await pageContext();
  const t = await getTranslations("a11y");
  const messages = await getMessages();
  // Client components get only the namespaces they use, not the whole catalogue.
  const pick = (ns: string) => messages[ns] as Record<string, string>;
  const clientStrings = {
    errors: pick("errors"),
    form: pick("form"),
    validation: pick("validation"),
    timeout: pick("timeout"),
  };
  const { session } = await currentSession();
  const jaEnOnly = isJaEnOnly(returnPath);
  const fromLocale = new URLSearchParams(returnPath.split("?")[1] ?? "").get(FROM_LOCALE_PARAM);
  const showJaEnNote =
    jaEnOnly && locale === "en" && isLocale(fromLocale) && fromLocale !== "en" && fromLocale !== "ja";
  const user = session ? { name: session.user.nameRoman, lastLoginAt: session.user.previousLoginAt } : null;
  return (
    <html lang={locale} data-theme={theme} id="top">
      <body className="flex min-h-screen flex-col">
        <ClientStringsProvider value={clientStrings}>
          <a href="#main" className="sr-only-focusable btn btn-primary absolute left-2 top-2 z-50">
            {t("skipToContent")}
          </a>
          <SiteHeader
            locale={locale as Locale}
            returnPath={returnPath}
            user={user}
            locales={jaEnOnly ? jaEnLocales : undefined}
          />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {showJaEnNote && (
              <p role="note" className="panel mb-6 p-4 font-bold" data-testid="ja-en-note">
                {(messages.jaen as Record<string, string>).onlyNote}
              </p>
            )}
            {children}
          </main>
          {session && (
            <SessionTimeout
              expiresInMs={msUntil(session.expiresAt)}
              warningMs={authConfig.warningSeconds * 1000}
              locale={locale}
              loginPath={`/${locale}/login`}
              extendSession={extendSession}
            />
          )}
          <SiteFooter
            theme={theme}
            returnTo={`/${locale}${returnPath === "/" ? "" : returnPath}`}
            setTheme={setTheme}
          />
        </ClientStringsProvider>
      </body>
    </html>
  );
}
