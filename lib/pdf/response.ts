/** A PDF the service made or stores, always as a download (never rendered inline by the browser). */
export function pdfDownload(bytes: Uint8Array, filename: string, cache = "private, no-store"): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": cache,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
