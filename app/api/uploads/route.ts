import { db } from "@/lib/db/client";
import { currentSession } from "@/app/_server/session";
import { formFor } from "@/lib/forms/registry";
import { addAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { isSameOrigin } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";
// Larger than any procedure's total limit (25 MB for residence forms) plus multipart overhead:
// bigger bodies are turned away before they are read.
const MAX_BODY = 26 * 1024 * 1024;
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** 添付する: one PDF into the user's draft of a procedure, checked here whatever the storage. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ reason: "forbidden" }, 403);
  const { session } = await currentSession();
  if (!session) return json({ reason: "login" }, 401);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY) return json({ reason: "tooLarge" }, 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json({ reason: "invalid" }, 400);
  }
  const def = formFor(String(form.get("procedure") ?? ""));
  const file = form.get("file");
  if (!def?.attachments) return json({ reason: "notFound" }, 404);
  if (!(file instanceof File)) return json({ reason: "empty" }, 400);
  const result = await addAttachment(db(), fileStore(), {
    userId: session.user.id,
    procedureCode: def.id,
    rule: def.attachments,
    name: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  return result.ok ? json({ attachment: result.attachment }) : json({ reason: result.reason }, 422);
}
