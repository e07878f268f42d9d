import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/lib/i18n/metadata";
import { db } from "@/lib/db/client";
import { ownCertificate } from "@/lib/applications/coe";
import { isRecordId } from "@/lib/security/ids";
import { requireUser } from "@/app/_server/guards";
import { registerCertificate } from "../actions";

export const generateMetadata = titleFrom("receipts", "confirmTitle");

type Props = { params: Promise<{ locale: string; id: string }> };

// 受領登録 の確認画面 (§7.4 step 4): what is being registered, then 受領登録する.
export default async function ReceiptConfirmPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const base = `/${locale}/receipts`;
  const { user } = await requireUser(locale, `${base}/${encodeURIComponent(id)}`);
  const cert = isRecordId(id) ? await ownCertificate(db(), user.id, id) : null;
  if (!cert) notFound();
  const t = await getTranslations("receipts");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const values = cert.application.values as Record<string, unknown>;
  const row = (label: string, value: string) => (
    <div className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr]">
      <dt className="font-bold">{label}</dt>
      <dd className="break-words">{value}</dd>
    </div>
  );
  return (
    <>
      <h1 className="text-2xl font-bold">{t("confirmTitle")}</h1>
      <p className="mt-2">{cert.registeredAt ? t("alreadyRegistered") : t("confirmLead")}</p>
      <dl className="mt-6 divide-y divide-rule border-y border-rule">
        {row(t("colNumber"), cert.certificateNo)}
        {row(t("name"), String(values.nameRoman ?? ""))}
        {row(t("colRequested"), when(cert.issuedAt))}
        {cert.registeredAt && row(t("colRegistered"), when(cert.registeredAt))}
      </dl>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <a href={base} className="btn btn-secondary">
          <span aria-hidden="true">‹</span>
          {t("back")}
        </a>
        {!cert.registeredAt && (
          <form method="post" action={registerCertificate.bind(null, locale, cert.id)}>
            <button type="submit" className="btn btn-primary">
              {t("register")}
              <span aria-hidden="true">›</span>
            </button>
          </form>
        )}
      </div>
    </>
  );
}
