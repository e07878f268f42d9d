import { pdfDownload } from "@/lib/pdf/response";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { withUser } from "@/app/_server/guards";
import { ownApplication } from "@/lib/applications/detail";
import { applicationPdf } from "@/lib/applications/pdf";
import { fileStore } from "@/lib/files/storage";
import { formatJstMinute } from "@/lib/i18n/dates";
import { isRecordId } from "@/lib/security/ids";
import { now } from "@/lib/clock";

export const dynamic = "force-dynamic";

/** 申込内容 as a PDF, for the owner only (anyone else gets 404); `?lang=ja` or English. */
export const GET = withUser<{ id: string }>(async (request, { user, params }) => {
  const app = isRecordId(params.id) ? await ownApplication(db(), user.id, params.id) : null;
  if (!app) return new Response(null, { status: 404 });
  const lang = new URL(request.url).searchParams.get("lang") === "ja" ? "ja" : "en";
  const t = await getTranslations({ locale: lang, namespace: "applicationDetail" });
  const st = await getTranslations({ locale: lang, namespace: "status" });
  const photo = app.attachments.find((a) => a.kind === "PHOTO");
  const keys = ["title", "procedure", "referenceNo", "provisionalNo", "receiptNo", "submittedAt", "status"] as const;
  const more = ["history", "answers", "photo", "files", "noFiles", "printedAt"] as const;
  const labels = Object.fromEntries([...keys, ...more].map((k) => [k, t(k)])) as Record<
    (typeof keys)[number] | (typeof more)[number],
    string
  >;
  const bytes = await applicationPdf(
    app,
    lang,
    labels,
    (s) => st(s as never),
    (d) => formatJstMinute(d, lang),
    photo ? await fileStore().get(photo.storageKey) : null,
    now(),
  );
  return pdfDownload(bytes, `application-${app.referenceNo}-${lang}.pdf`);
});
