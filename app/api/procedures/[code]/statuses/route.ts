import { pdfDownload } from "@/lib/pdf/response";
import { findProcedure } from "@/lib/procedures/search";
import { statusListPdf } from "@/lib/procedures/download";
import { now } from "@/lib/clock";

/** ダウンロードファイル of a procedure: 受付対象の在留資格一覧 (PDF), generated from our data. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const p = findProcedure(code);
  const bytes = p && (await statusListPdf(code, p.name, now()));
  if (!bytes) return new Response(null, { status: 404 });
  return pdfDownload(bytes, `statuses-${code}.pdf`, "public, max-age=3600");
}
