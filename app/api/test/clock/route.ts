import { setClockOffset } from "@/lib/clock";

// Test-only (E2E_TEST_HOOKS=1): shifts the server clock to check 24-hour locks and idle timeouts.
export async function POST(request: Request) {
  if (process.env.E2E_TEST_HOOKS !== "1") return new Response("Not found", { status: 404 });
  const { offsetMs } = (await request.json()) as { offsetMs: number };
  setClockOffset(Number(offsetMs) || 0);
  return Response.json({ offsetMs });
}
