import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { ownApplication } from "@/lib/applications/detail";
import { formFor } from "@/lib/forms/registry";
import { resolver, reviewRows } from "@/lib/forms/engine";
import type { FormValues } from "@/lib/forms/types";
import { procedureName } from "@/lib/procedures/search";
import { isRecordId } from "@/lib/security/ids";
import { requireUser } from "@/app/_server/guards";
import { SummaryList } from "@/components/ui/SummaryList";
import { ScrollTable } from "@/components/ui/ScrollTable";
import { formatBytes } from "@/components/form/format";
import { PrintButton } from "@/components/applications/PrintButton";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "applicationDetail" });
  return { title: t("title") };
}

// 申込詳細 (§7.1): the owner's view of one application: its numbers and 処理状況 with their history,
// every answer, the photo and files (downloadable), and a print view. Anyone else gets 404.
export default async function ApplicationDetailPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const base = `/${locale}/applications`;
  const { user } = await requireUser(locale, `${base}/${encodeURIComponent(id)}`);
  const app = isRecordId(id) ? await ownApplication(db(), user.id, id) : null;
  if (!app) notFound();
  const t = await getTranslations("applicationDetail");
  const st = await getTranslations("status");
  const meaning = await getTranslations("statusMeaning");
  const format = await getFormatter();
  const lang = locale === "ja" ? "ja" : "en";
  const values = app.values as FormValues;
  const def = formFor(app.procedureCode, values.status);
  const name = procedureName(app.procedureCode, locale);
  const photo = app.attachments.find((a) => a.kind === "PHOTO");
  const documents = app.attachments.filter((a) => a.kind !== "PHOTO");
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const row = (label: string, value: React.ReactNode, testId?: string) => (
    <div className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr]">
      <dt className="font-bold">{label}</dt>
      <dd className="break-words" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <>
      <p className="text-lg">{name}</p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {(await searchParams).done === "resubmitted" && (
        <p role="status" className="panel mt-6 p-4 font-bold">
          {t("resubmitted")}
        </p>
      )}
      {app.status === "RETURNED" && (
        <div className="panel mt-6 border-4 border-error p-5" role="note">
          <h2 className="text-lg font-bold">{t("returnedTitle")}</h2>
          {app.returnMessage && <p className="mt-2 whitespace-pre-wrap">{app.returnMessage}</p>}
          <p className="mt-4">
            <a href={`${base}/${app.id}/correct`} className="btn btn-primary">
              {t("correct")}
            </a>
          </p>
        </div>
      )}
      <dl className="mt-6 divide-y divide-rule border-y border-rule">
        {row(t("procedure"), name)}
        {row(t("referenceNo"), <span className="font-mono">{app.referenceNo}</span>, "detail-reference")}
        {app.provisionalNo && row(t("provisionalNo"), <span className="font-mono">{app.provisionalNo}</span>)}
        {app.receiptNo && row(t("receiptNo"), <span className="font-mono">{app.receiptNo}</span>)}
        {row(t("submittedAt"), when(app.submittedAt))}
        {row(
          t("status"),
          <>
            <span className="font-bold" data-testid="detail-status">
              {st(app.status)}
            </span>
            <span className="block">{meaning(app.status)}</span>
          </>,
        )}
        {app.parent &&
          row(
            t("mainApplication"),
            <a href={`${base}/${app.parent.id}`}>
              {procedureName(app.parent.procedureCode, locale)} {app.parent.referenceNo}
            </a>,
          )}
        {app.simultaneous.length > 0 &&
          row(
            t("simultaneous"),
            <ul>
              {app.simultaneous.map((s) => (
                <li key={s.id}>
                  <a href={`${base}/${s.id}`}>
                    {procedureName(s.procedureCode, locale)} {s.referenceNo}
                  </a>
                </li>
              ))}
            </ul>,
          )}
      </dl>

      <section aria-labelledby="history-title" className="mt-8">
        <h2 id="history-title" className="text-lg font-bold">
          {t("history")}
        </h2>
        <ScrollTable id="history-caption" caption={t("history")} captionHidden headers={[t("colAt"), t("colStatus")]}>
          {app.events.map((e) => (
            <tr key={e.id} className="border-b border-rule">
              <td className="py-2 pr-4">{when(e.at)}</td>
              <td className="py-2">
                {st(e.status)}
                {e.message && <span className="block whitespace-pre-wrap">{e.message}</span>}
              </td>
            </tr>
          ))}
        </ScrollTable>
      </section>

      <section aria-labelledby="answers-title" className="mt-8">
        <h2 id="answers-title" className="text-lg font-bold">
          {t("answers")}
        </h2>
        {def ? (
          <SummaryList sections={reviewRows(def, values, resolver(lang), lang, undefined, app.submittedAt)} />
        ) : (
          <p className="mt-2">{t("noAnswers")}</p>
        )}
      </section>

      {photo && (
        <section aria-labelledby="photo-title" className="mt-8">
          <h2 id="photo-title" className="text-lg font-bold">
            {t("photo")}
          </h2>
          {/* eslint-disable-next-line @next/next/no-img-element -- a private file of this user */}
          <img
            src={`/api/attachments/${encodeURIComponent(photo.id)}`}
            alt={t("photoAlt")}
            width={150}
            height={200}
            className="mt-2 h-[200px] w-[150px] border-2 border-rule object-cover"
          />
        </section>
      )}
      <section aria-labelledby="files-title" className="mt-8">
        <h2 id="files-title" className="text-lg font-bold">
          {t("files")}
        </h2>
        {documents.length ? (
          <ul className="mt-2 list-disc pl-6" data-testid="detail-files">
            {documents.map((f) => (
              <li key={f.id}>
                <a href={`/api/attachments/${encodeURIComponent(f.id)}`} download>
                  {f.name}
                </a>
                （{formatBytes(f.size, lang)}）
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("noFiles")}</p>
        )}
      </section>

      <div className="mt-10 flex flex-wrap items-center gap-4 print:hidden">
        <a href={base} className="btn btn-secondary">
          <span aria-hidden="true">‹</span>
          {t("back")}
        </a>
        <PrintButton label={t("print")} />
        <a href={`/api/applications/${app.id}/pdf?lang=${lang}`} download data-testid="detail-pdf">
          {t("downloadPdf")}
        </a>
      </div>
    </>
  );
}
