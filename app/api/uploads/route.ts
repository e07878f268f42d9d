import { db } from "@/lib/db/client";
import { withUser } from "@/app/_server/guards";
import { findProcedure } from "@/lib/procedures/search";
import { formFor } from "@/lib/forms/registry";
import { applyGate } from "@/lib/applications/gate";
import { addAttachment } from "@/lib/files/attachments";
import { readFormLimited } from "@/lib/files/body";
import { MAX_REQUEST_BYTES } from "@/lib/files/limits";
import { fileStore } from "@/lib/files/storage";

export const dynamic = "force-dynamic";
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** 添付する: one PDF into the user's draft of a procedure, behind the same gate as its form. */
export const POST = withUser(
  async (request, { user }) => {
    const form = await readFormLimited(request, MAX_REQUEST_BYTES);
    if (form === "tooLarge") return json({ reason: "tooLarge" }, 413);
    if (!form) return json({ reason: "invalid" }, 400);
    const code = form.get("procedure");
    const procedure = typeof code === "string" ? findProcedure(code) : undefined;
    if (!procedure) return json({ reason: "notFound" }, 404);
    if ((await applyGate(db(), user, procedure.kind)) !== "open") return json({ reason: "forbidden" }, 403);
    const def = formFor(procedure.code);
    if (!def?.attachments) return json({ reason: "notFound" }, 404);
    const file = form.get("file");
    if (!(file instanceof File)) return json({ reason: "empty" }, 400);
    const result = await addAttachment(db(), fileStore(), {
      userId: user.id,
      procedureCode: procedure.code,
      rule: def.attachments,
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return result.ok ? json({ attachment: result.attachment }) : json({ reason: result.reason }, 422);
  },
  { mutation: true },
);
