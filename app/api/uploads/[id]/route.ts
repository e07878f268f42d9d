import { db } from "@/lib/db/client";
import { currentSession } from "@/app/_server/session";
import { removeDraftAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { isSameOrigin } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

/** 削除 of a file not yet submitted; only its owner can. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const { session } = await currentSession();
  if (!session) return new Response(null, { status: 401 });
  const removed = await removeDraftAttachment(db(), fileStore(), session.user.id, (await params).id);
  return new Response(null, { status: removed ? 204 : 404 });
}
