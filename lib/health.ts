import type { PrismaClient } from "./generated/prisma/client";

/** Database reachability for GET /api/health: 200 when a query answers, 503 otherwise. */
export async function checkHealth(prisma: PrismaClient, timeoutMs = 3000) {
  const started = Date.now();
  try {
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref?.()),
    ]);
    return { status: 200, body: { status: "ok", database: "up", latencyMs: Date.now() - started } };
  } catch {
    return { status: 503, body: { status: "unavailable", database: "down" } };
  }
}
