import { templateCsv, templateFor, type TemplateEncoding } from "@/lib/bulk/templates";
import { findProcedure } from "@/lib/procedures/search";
import { templateWorkbook } from "@/lib/bulk/workbook";

/**
 * 一括申請用テンプレート of a bulk procedure and 区分 (`?template=N&encoding=shift_jis`): public, as
 * the manual suggests making the file before logging in.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const q = new URL(request.url).searchParams;
  const procedure = findProcedure(code);
  const template = templateFor(code, q.get("template") ?? "");
  if (!procedure || !template) return new Response("Not found", { status: 404 });
  if (q.get("encoding") === "xlsx") {
    const book = await templateWorkbook(code, template);
    const name = `${procedure.name.ja}_${template.label.ja.replace(/（.*$/, "")}_テンプレート.xlsx`;
    return new Response(book as BodyInit, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Length": String(book.length),
        "Content-Disposition": `attachment; filename="${code}-${template.def.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "public, max-age=3600",
        "X-Content-Type-Options": "nosniff",
      },
    });
  }
  const encoding: TemplateEncoding = q.get("encoding") === "shift_jis" ? "shift_jis" : "utf-8";
  const bytes = templateCsv(template.def, encoding);
  const base = `${code}-${template.def.id}-${encoding === "utf-8" ? "utf8" : "sjis"}.csv`;
  const name = `${procedure.name.ja}_${template.label.ja.replace(/（.*$/, "")}_テンプレート.csv`;
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": `text/csv; charset=${encoding === "utf-8" ? "utf-8" : "shift_jis"}`,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${base}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
