import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrismaClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString)
    throw new Error("DATABASE_URL is not set (start the app with `npm start` for the embedded database)");
  // The embedded PGlite is one PostgreSQL session behind its socket: concurrent connections would
  // interleave their statements (and transactions), so the launchers set DATABASE_POOL_MAX=1 for it.
  const max = Number(process.env.DATABASE_POOL_MAX) || undefined;
  return new PrismaClient({
    // A request waits up to 15 s for a pooled connection under a burst; a stopped server still
    // refuses at once.
    adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 15_000, max }),
    // Under a burst (200 filings at once, scripts/load-filings.ts) a transaction waits its turn for
    // a pooled connection instead of failing after Prisma's default 2 s.
    transactionOptions: { maxWait: 15_000, timeout: 20_000 },
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** One client per process; created on first use so builds never need a database. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}
