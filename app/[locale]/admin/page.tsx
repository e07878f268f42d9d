import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { usageQueue } from "@/lib/applications/review";
import { ScrollTable } from "@/components/ui/ScrollTable";
import { requireOfficer } from "@/app/_server/guards";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title") };
}

// Back office (ja/en): the 利用申出 queue.
export default async function AdminPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireOfficer(locale, `/${locale}/admin`);
  const t = await getTranslations("admin");
  const st = await getTranslations("status");
  const format = await getFormatter();
  const rows = await usageQueue(db());
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("lead")}</p>
      {rows.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <div className="mt-6">
          <ScrollTable
            id="queue-caption"
            caption={t("tableCaption")}
            headers={[t("colReference"), t("colSubmitted"), t("colApplicant"), t("colOrganization"), t("colStatus")]}
          >
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-rule">
                <td className="py-2 pr-4">
                  <a
                    href={`/${locale}/admin/applications/${r.id}`}
                    aria-label={t("open", { reference: r.referenceNo })}
                  >
                    {r.referenceNo}
                  </a>
                </td>
                <td className="py-2 pr-4">
                  {format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="py-2 pr-4">
                  {r.user.nameRoman}（{r.user.loginId}）
                </td>
                <td className="py-2 pr-4">{r.user.organizationName ?? "—"}</td>
                <td className="py-2">{st(r.status)}</td>
              </tr>
            ))}
          </ScrollTable>
        </div>
      )}
    </>
  );
}
