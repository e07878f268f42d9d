import { db } from "@/lib/db/client";
import { withUser } from "@/app/_server/guards";
import { removeDraftAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { isRecordId } from "@/lib/security/ids";

export const dynamic = "force-dynamic";

/** 削除 of a file not yet submitted; only its owner can. */
export const DELETE = withUser<{ id: string }>(
  async (_request, { user, params }) => {
    const removed = isRecordId(params.id) && (await removeDraftAttachment(db(), fileStore(), user.id, params.id));
    return new Response(null, { status: removed ? 204 : 404 });
  },
  { mutation: true },
);
