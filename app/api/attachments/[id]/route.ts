import { db } from "@/lib/db/client";
import { currentSession } from "@/app/_server/session";
import { readableAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";

export const dynamic = "force-dynamic";

/** An attached PDF, for its owner and for officers only; always a download, never rendered inline. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { session } = await currentSession();
  if (!session) return new Response(null, { status: 401 });
  const a = await readableAttachment(db(), session.user, (await params).id);
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
}
