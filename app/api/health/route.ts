import { db } from "@/lib/db/client";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const { status, body } = await checkHealth(db());
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
