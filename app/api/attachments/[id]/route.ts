import { db } from "@/lib/db/client";
import { withUser } from "@/app/_server/guards";
import { readableAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { isRecordId } from "@/lib/security/ids";

export const dynamic = "force-dynamic";

/**
 * An attached file, for its owner and for officers only. PDFs are always a download, never
 * rendered inline; a 顔写真 (checked as a JPEG when attached) is shown inline as an image.
 */
export const GET = withUser<{ id: string }>(async (_request, { user, params }) => {
  const a = isRecordId(params.id) ? await readableAttachment(db(), user, params.id) : null;
  const bytes = a && (await fileStore().get(a.storageKey));
  if (!a || !bytes) return new Response(null, { status: 404 });
  const ascii = a.name.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  const photo = a.kind === "PHOTO";
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": photo ? "image/jpeg" : "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `${photo ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(a.name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
