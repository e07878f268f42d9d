import { randomBytes } from "node:crypto";
import type { PrismaClient, Prisma, User } from "../generated/prisma/client";
import { now } from "../clock";
import { authConfig } from "./config";

type Tx = Prisma.TransactionClient | PrismaClient;

const idleDeadline = () => new Date(now().getTime() + authConfig.idleSeconds * 1000);

/** 256 random bits: the session id is the only secret the cookie carries. */
export const newSessionId = () => randomBytes(32).toString("base64url");

export async function createSession(tx: Tx, userId: string) {
  const t = now();
  return tx.session.create({ data: { id: newSessionId(), userId, lastSeenAt: t, expiresAt: idleDeadline() } });
}

export type ActiveSession = {
  id: string;
  expiresAt: Date;
  user: {
    id: string;
    loginId: string;
    nameRoman: string;
    previousLoginAt: Date | null;
    role: "APPLICANT" | "OFFICER";
    locale: string;
    email: string;
  };
};

/** A request moves the stored idle deadline only when it would move by more than this. */
export const TOUCH_GRANULARITY_MS = 60_000;

/**
 * The session named by the cookie, if still alive, with its user. Each request counts as activity
 * and moves the idle deadline (§2.6), written at most once a minute: a page then costs one read, not
 * a read and a write, and the deadline is at most a minute short. `expired` tells a timed-out
 * session apart from never having logged in.
 */
export async function resolveSession(
  prisma: PrismaClient,
  sid: string | undefined,
  { touch = true } = {},
): Promise<{ session: ActiveSession | null; user: User | null; expired: boolean }> {
  const none = { session: null, user: null };
  if (!sid || !/^[A-Za-z0-9_-]{43}$/.test(sid)) return { ...none, expired: false };
  const row = await prisma.session.findUnique({ where: { id: sid }, include: { user: true } });
  if (!row || row.endedAt) return { ...none, expired: false };
  if (row.expiresAt <= now()) {
    await prisma.session.update({ where: { id: sid }, data: { endedAt: row.expiresAt } });
    return { ...none, expired: true };
  }
  const fresh = idleDeadline();
  const moved = touch && fresh.getTime() - row.expiresAt.getTime() > TOUCH_GRANULARITY_MS;
  const expiresAt = moved ? fresh : row.expiresAt;
  if (moved) await prisma.session.update({ where: { id: sid }, data: { lastSeenAt: now(), expiresAt } });
  const u = row.user;
  return {
    user: u,
    session: {
      id: row.id,
      expiresAt,
      user: {
        id: u.id,
        loginId: u.loginId,
        nameRoman: u.nameRoman,
        previousLoginAt: u.previousLoginAt,
        role: u.role,
        locale: u.locale,
        email: u.email,
      },
    },
    expired: false,
  };
}

export async function endSession(prisma: PrismaClient, sid: string) {
  await prisma.session.updateMany({ where: { id: sid, endedAt: null }, data: { endedAt: now() } });
}

/** Ends every session of a user (after a password reset or change). */
export async function endUserSessions(tx: Tx, userId: string, exceptId?: string) {
  await tx.session.updateMany({
    where: { userId, endedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    data: { endedAt: now() },
  });
}
