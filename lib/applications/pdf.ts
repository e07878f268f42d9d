import { PdfWriter } from "../pdf/document";
import { formFor } from "../forms/registry";
import { resolver, reviewRows } from "../forms/engine";
import type { FormValues } from "../forms/types";
import { procedureName } from "../procedures/search";
import type { ownApplication } from "./detail";

type OwnApplication = NonNullable<Awaited<ReturnType<typeof ownApplication>>>;

export type PdfLabels = {
  title: string;
  procedure: string;
  referenceNo: string;
  provisionalNo: string;
  receiptNo: string;
  submittedAt: string;
  status: string;
  history: string;
  answers: string;
  photo: string;
  files: string;
  noFiles: string;
  printedAt: string;
};

/**
 * 申込内容 as a PDF (§7.1 申込内容印刷): the same numbers, state, history and answers as 申込詳細,
 * in Japanese or English, with the face photo; attached files are listed by name.
 */
export async function applicationPdf(
  app: OwnApplication,
  lang: "ja" | "en",
  labels: PdfLabels,
  status: (s: string) => string,
  when: (d: Date) => string,
  photo: Uint8Array | null,
  printedAt: Date,
): Promise<Uint8Array> {
  const name = procedureName(app.procedureCode, lang);
  const pdf = await PdfWriter.create({
    title: `${labels.title} ${app.referenceNo} — ${name}`,
    lang: lang === "ja" ? "ja-JP" : "en",
  });
  pdf.text(name, 12, { gapAfter: 0 });
  pdf.text(labels.title, 18);
  pdf.rule();
  pdf.pair(labels.referenceNo, app.referenceNo);
  if (app.provisionalNo) pdf.pair(labels.provisionalNo, app.provisionalNo);
  if (app.receiptNo) pdf.pair(labels.receiptNo, app.receiptNo);
  pdf.pair(labels.submittedAt, when(app.submittedAt));
  pdf.pair(labels.status, status(app.status));

  pdf.heading(labels.history, 12);
  for (const e of app.events) pdf.pair(when(e.at), [status(e.status), e.message].filter(Boolean).join("\n"));

  const values = app.values as FormValues;
  const def = formFor(app.procedureCode, values.status);
  if (def) {
    pdf.heading(labels.answers, 12);
    for (const section of reviewRows(def, values, resolver(lang), lang, undefined, app.submittedAt)) {
      if (!section.rows.length) continue;
      pdf.gap(4);
      pdf.text(section.title, 11);
      for (const r of section.rows) pdf.pair(r.number ? `${r.number} ${r.label}` : r.label, r.value);
    }
  }
  if (photo) {
    pdf.heading(labels.photo, 12);
    await pdf.jpeg(photo, 90);
  }
  pdf.heading(labels.files, 12);
  const files = app.attachments.filter((a) => a.kind !== "PHOTO");
  pdf.text(files.length ? files.map((f) => `・${f.name}`).join("\n") : labels.noFiles, 9.5);
  return pdf.save(`${app.referenceNo}  ${labels.printedAt} ${when(printedAt)}`);
}
