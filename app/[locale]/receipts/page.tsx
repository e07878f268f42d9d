import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/lib/i18n/metadata";
import { db } from "@/lib/db/client";
import { certificatesOf, ownCertificate } from "@/lib/applications/coe";
import { PAGE_SIZES } from "@/lib/applications/list";
import { parsePage } from "@/lib/pagination";
import { isRecordId } from "@/lib/security/ids";
import { now } from "@/lib/clock";
import { requireUser } from "@/app/_server/guards";
import { Pager } from "@/components/ui/Pager";
import { ScrollTable } from "@/components/ui/ScrollTable";
import { PageSizeForm } from "@/components/ui/PageSizeForm";

export const generateMetadata = titleFrom("receipts");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[]>> };

// 受領登録一覧 (§7.4): the user's electronic 在留資格認定証明書, each downloadable, with 受領登録する.
export default async function ReceiptsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const base = `/${locale}/receipts`;
  const { user } = await requireUser(locale, base);
  const sp = await searchParams;
  const sizeParam = Number(sp.size);
  const size = (PAGE_SIZES as readonly number[]).includes(sizeParam) ? sizeParam : 20;
  const { total, rows, page, pageCount } = await certificatesOf(db(), user.id, parsePage(sp.page), size);
  // The number named in the notice comes from the user's own record, never from the URL.
  const registered =
    typeof sp.registered === "string" && isRecordId(sp.registered)
      ? await ownCertificate(db(), user.id, sp.registered)
      : null;
  const t = await getTranslations("receipts");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const href = (p: number) =>
    `${base}?${new URLSearchParams({ ...(size !== 20 ? { size: String(size) } : {}), page: String(p) })}`;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("lead")}</p>
      {registered?.registeredAt && (
        <p role="status" className="panel mt-6 p-4 font-bold">
          {t("registered", { number: registered.certificateNo })}
        </p>
      )}
      <p className="mt-6 text-muted">
        {t("asOf", { time: format.dateTime(now(), { dateStyle: "long", timeStyle: "short" }) })}
      </p>
      <p className="mt-2 font-bold">{t("count", { count: total })}</p>
      {total === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <>
          <PageSizeForm
            action={base}
            keep={{}}
            sizes={PAGE_SIZES}
            size={size}
            label={t("size")}
            option={(n) => t("sizeOption", { n })}
            submit={t("applyView")}
          />
          <ScrollTable
            id="receipts-caption"
            caption={t("caption")}
            captionHidden
            headers={[t("colNumber"), t("colRequested"), t("colRegistered"), t("colState"), t("colActions")]}
          >
            {rows.map((c) => (
              <tr key={c.id} className="border-b border-rule">
                <td className="py-2 pr-4 font-mono">{c.certificateNo}</td>
                <td className="py-2 pr-4">{when(c.issuedAt)}</td>
                <td className="py-2 pr-4">{c.registeredAt ? when(c.registeredAt) : t("notYet")}</td>
                <td className="py-2 pr-4 font-bold">{t(c.registeredAt ? "state_registered" : "state_pending")}</td>
                <td className="py-2">
                  <ul className="grid gap-2">
                    <li>
                      <a href={`/api/receipts/${c.id}/pdf`} download>
                        {t("download")}
                        <span className="sr-only">（{c.certificateNo}）</span>
                      </a>
                    </li>
                    {!c.registeredAt && (
                      <li>
                        <a href={`${base}/${c.id}`}>
                          {t("register")}
                          <span className="sr-only">（{c.certificateNo}）</span>
                        </a>
                      </li>
                    )}
                  </ul>
                </td>
              </tr>
            ))}
          </ScrollTable>
          <Pager page={page} pageCount={pageCount} href={href} />
        </>
      )}
    </>
  );
}
