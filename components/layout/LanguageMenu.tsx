import { getTranslations } from "next-intl/server";
import { locales, localeNames, type Locale } from "@/lib/i18n/routing";

/** §1.6 Language menu: native disclosure with plain links, so it works without JavaScript. */
export async function LanguageMenu({
  locale,
  returnPath,
  available = locales,
}: {
  locale: Locale;
  returnPath: string;
  available?: readonly Locale[];
}) {
  const t = await getTranslations("header");
  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-4 px-2 font-bold text-link underline underline-offset-3 [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden="true"
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
        </svg>
        <span lang="en">{t("language")}</span>
        <span className="sr-only">{t("languageCurrent", { language: localeNames[locale] })}</span>
        <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" className="group-open:rotate-180">
          <path d="M1 4l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </summary>
      <ul className="panel absolute right-0 z-20 mt-1 min-w-48 p-2 shadow-lg">
        {available.map((l) => (
          <li key={l}>
            <a
              href={`/${l}${returnPath === "/" ? "" : returnPath}`}
              lang={l}
              hrefLang={l}
              aria-current={l === locale ? "true" : undefined}
              className="block min-h-11 rounded-4 px-3 py-2 aria-[current]:font-bold"
            >
              {l === locale && <span aria-hidden="true">✓ </span>}
              {localeNames[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
