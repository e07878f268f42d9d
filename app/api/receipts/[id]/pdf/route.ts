import { pdfDownload } from "@/lib/pdf/response";
import { db } from "@/lib/db/client";
import { withUser } from "@/app/_server/guards";
import { ownCertificate } from "@/lib/applications/coe";
import { fileStore } from "@/lib/files/storage";
import { isRecordId } from "@/lib/security/ids";

export const dynamic = "force-dynamic";

/** The electronic 在留資格認定証明書, for the user it was issued to only (anyone else gets 404). */
export const GET = withUser<{ id: string }>(async (_request, { user, params }) => {
  const cert = isRecordId(params.id) ? await ownCertificate(db(), user.id, params.id) : null;
  const bytes = cert && (await fileStore().get(cert.storageKey));
  if (!cert || !bytes) return new Response(null, { status: 404 });
  return pdfDownload(bytes, `coe-${cert.certificateNo}.pdf`);
});
