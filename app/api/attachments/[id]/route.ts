import { db } from "@/lib/db/client";
import { withUser } from "@/app/_server/guards";
import { readableAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { isRecordId } from "@/lib/security/ids";

export const dynamic = "force-dynamic";

/** An attached PDF, for its owner and for officers only; always a download, never rendered inline. */
export const GET = withUser<{ id: string }>(async (_request, { user, params }) => {
  const a = isRecordId(params.id) ? await readableAttachment(db(), user, params.id) : null;
  const bytes = a && (await fileStore().get(a.storageKey));
  if (!a || !bytes) return new Response(null, { status: 404 });
  const ascii = a.name.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(a.name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
