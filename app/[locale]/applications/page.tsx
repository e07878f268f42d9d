import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/lib/i18n/metadata";
import { localeHref } from "@/lib/i18n/routing";
import { db } from "@/lib/db/client";
import { parseListQuery, searchApplications } from "@/lib/applications/list";
import { requireUser } from "@/app/_server/guards";
import { ApplicationSearch } from "@/components/applications/ApplicationSearch";
import { StatusMeanings } from "@/components/applications/StatusMeanings";

export const generateMetadata = titleFrom("applications");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[]>> };

// 申込一覧 (§7.1, §9.1): the user's own applications, searched, sorted and paged; all state in the URL,
// so the search works without JavaScript and a result can be bookmarked.
export default async function ApplicationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user: me } = await requireUser(locale, `/${locale}/applications`);
  const { query, errors } = parseListQuery(await searchParams);
  const result = await searchApplications(db(), me.id, query, errors, locale);
  const t = await getTranslations("applications");
  const base = `/${locale}/applications`;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("lead")}</p>
      <ApplicationSearch
        locale={locale}
        base={base}
        query={query}
        errors={errors}
        result={result}
        empty={
          <>
            {t("empty")} <a href={localeHref(locale, "/procedures")}>{t("toProcedures")}</a>
          </>
        }
        action={{
          header: t("colDetail"),
          cell: (r, name) => (
            <a href={`${base}/${r.id}`}>
              {t("detailLink")}
              <span className="sr-only">
                （{name} {r.referenceNo}）
              </span>
            </a>
          ),
        }}
      />
      <StatusMeanings />
    </>
  );
}
