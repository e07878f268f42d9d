import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/lib/i18n/metadata";
import { localeHref } from "@/lib/i18n/routing";
import { parsePage } from "@/lib/pagination";
import { db } from "@/lib/db/client";
import { applicationsOf } from "@/lib/applications/list";
import { procedureName } from "@/lib/procedures/search";
import { requireUser } from "@/app/_server/guards";
import { Pager } from "@/components/ui/Pager";
import { ScrollTable } from "@/components/ui/ScrollTable";

export const generateMetadata = titleFrom("applications");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

// 申込一覧 (§7.1): the user's own applications and their 処理状況. Search and details come with the
// application lifecycle.
export default async function ApplicationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user: me } = await requireUser(locale, `/${locale}/applications`);
  const page = parsePage((await searchParams).page);
  const { rows, total, pageCount } = await applicationsOf(db(), me.id, page);
  const t = await getTranslations("applications");
  const st = await getTranslations("status");
  const format = await getFormatter();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("lead")}</p>
      {total === 0 ? (
        <p className="mt-6">
          {t("empty")} <a href={localeHref(locale, "/procedures")}>{t("toProcedures")}</a>
        </p>
      ) : (
        <>
          <p role="status" className="mt-4 font-bold">
            {t("count", { count: total })}
          </p>
          <ScrollTable
            id="applications-caption"
            caption={t("caption")}
            captionHidden
            headers={[t("colProcedure"), t("colReference"), t("colSubmitted"), t("colStatus")]}
          >
            {rows.map((r) => {
              return (
                <tr key={r.id} className="border-b border-rule">
                  <td className="py-2 pr-4">{procedureName(r.procedureCode, locale)}</td>
                  <td className="py-2 pr-4 font-mono">{r.referenceNo}</td>
                  <td className="py-2 pr-4">
                    {format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td className="py-2">{st(r.status)}</td>
                </tr>
              );
            })}
          </ScrollTable>
          <Pager page={page} pageCount={pageCount} href={(n) => `/${locale}/applications?page=${n}`} />
        </>
      )}
    </>
  );
}
