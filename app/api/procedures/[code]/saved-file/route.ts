import { db } from "@/lib/db/client";
import { currentUser, checkedLocale } from "@/app/_server/guards";
import { findProcedure } from "@/lib/procedures/search";
import { formFor } from "@/lib/forms/registry";
import { applyGate } from "@/lib/applications/gate";
import { keepDraft, loadDraft } from "@/lib/applications/drafts";
import { savedFile } from "@/lib/applications/saved-file";
import { normalize } from "@/lib/forms/engine";
import { valuesFromFormData } from "@/lib/forms/formdata";
import { findStep, mergeStep, stepForm } from "@/lib/forms/steps";
import { readFormLimited } from "@/lib/files/body";
import { MAX_REQUEST_BYTES } from "@/lib/files/limits";
import { isSameOrigin } from "@/lib/security/same-origin";
import { now } from "@/lib/clock";

export const dynamic = "force-dynamic";

const see = (location: string) => new Response(null, { status: 303, headers: { Location: location } });
const plain = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The time in Japan as YYYYMMDDHHmm, for the file's name. */
const stamp = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().replace(/\D/g, "").slice(0, 12);

/**
 * 入力中のデータを保存する: the 申込 form posts here natively (with or without JavaScript), so the
 * browser downloads the file and stays on the page. What was typed on the step is kept in the
 * draft first, as 次へ would, then the whole draft is written.
 */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  if (!isSameOrigin(request)) return plain(403, "Forbidden");
  const url = new URL(request.url);
  const locale = checkedLocale(url.searchParams.get("locale"));
  const procedure = findProcedure((await params).code);
  if (!procedure) return plain(404, "Not found");
  const apply = `/${locale}/procedures/${procedure.code}/apply`;
  const { user } = await currentUser();
  if (!user) return see(`/${locale}/login?${new URLSearchParams({ next: apply, reason: "timeout" })}`);
  if ((await applyGate(db(), user, procedure.kind)) !== "open") return see(apply);
  const form = await readFormLimited(request, MAX_REQUEST_BYTES);
  if (form === "tooLarge") return plain(413, "Too large");
  if (!form) return plain(400, "Bad request");
  const saved = ((await loadDraft(db(), user.id, procedure.code))?.values ?? {}) as Record<string, unknown>;
  const def = formFor(procedure.code, saved.status);
  if (!def) return see(apply);
  const step = findStep(def, url.searchParams.get("step") ?? undefined);
  // A form in steps posts one step: without a known one, the other steps' answers must not be blanked.
  if (def.steps && !step) return see(apply);
  const shown = step ? stepForm(def, step) : def;
  const posted = valuesFromFormData(shown, form);
  const all = step ? mergeStep(shown, saved, posted) : { ...saved, ...posted };
  await keepDraft(db(), user.id, procedure.code, all);
  const at = now();
  const bytes = savedFile(procedure.code, def, normalize(def, all), at);
  const name = `${procedure.name.ja}_保存データ_${stamp(at)}.csv`;
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="saved-${procedure.code}-${stamp(at)}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
