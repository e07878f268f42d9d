import { clientAddress } from "@/lib/security/client-address";

// Test-only (E2E_TEST_HOOKS=1): the client address the server resolved for this request.
export async function GET(request: Request) {
  if (process.env.E2E_TEST_HOOKS !== "1") return new Response("Not found", { status: 404 });
  return Response.json({ address: clientAddress(request.headers) });
}
