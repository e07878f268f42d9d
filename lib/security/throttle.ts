import type { PrismaClient } from "../generated/prisma/client";
import { now } from "../clock";

const num = (v: string | undefined, d: number) => (v && Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : d);

/**
 * The forms that send mail (registration, ID reminder, password reset, email change) are limited
 * per address and per client, so they cannot be used to flood a mailbox or to probe accounts. The
 * address limit counts every request, whether or not an account exists, so it reveals nothing.
 */
export const mailThrottle = {
  perAddress: num(process.env.MAIL_THROTTLE_PER_ADDRESS, 5),
  perClient: num(process.env.MAIL_THROTTLE_PER_CLIENT, 30),
  windowMinutes: 60,
};

/**
 * Counts this request in each bucket and tells whether any is over its limit. The request is
 * written first and counted after, so concurrent requests can never all slip under the limit.
 */
export async function overLimit(
  prisma: PrismaClient,
  buckets: { key: string; limit: number }[],
  windowMinutes: number,
): Promise<boolean> {
  const t = now();
  const since = new Date(t.getTime() - windowMinutes * 60_000);
  const keys = buckets.map((b) => b.key.slice(0, 200));
  // Events older than the window count for nothing: they go, so the table stays small.
  await prisma.rateEvent.deleteMany({ where: { bucket: { in: keys }, at: { lt: since } } });
  await prisma.rateEvent.createMany({ data: keys.map((bucket) => ({ bucket, at: t })) });
  for (const b of buckets) {
    if ((await prisma.rateEvent.count({ where: { bucket: b.key.slice(0, 200), at: { gte: since } } })) > b.limit)
      return true;
  }
  return false;
}

/** One mail-sending request from `client` to `address` (already normalised). */
export function mailRequestOverLimit(prisma: PrismaClient, form: string, address: string, client: string) {
  return overLimit(
    prisma,
    [
      { key: `mail:${form}:address:${address}`, limit: mailThrottle.perAddress },
      { key: `mail:client:${client}`, limit: mailThrottle.perClient },
    ],
    mailThrottle.windowMinutes,
  );
}
