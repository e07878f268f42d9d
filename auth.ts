import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "./lib/db/client";
import { attemptLogin } from "./lib/auth/login";
import { secureCookies } from "./lib/security/cookies";
import { clientAddress } from "./lib/security/client-address";

class LoginRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

// next-auth carries only the server-side session's id in its encrypted cookie; whether that session
// is still alive (idle timeout, logout, password reset) is decided in the database on every request.
// Its HTTP endpoints (/api/auth/*) are not mounted: our login and logout screens are the only ones.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  useSecureCookies: secureCookies(),
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  providers: [
    Credentials({
      credentials: { loginId: {}, password: {} },
      async authorize(credentials, request) {
        const result = await attemptLogin(db(), {
          loginId: String(credentials.loginId ?? ""),
          password: String(credentials.password ?? ""),
          ip: clientAddress(request.headers),
        });
        if (!result.ok) throw new LoginRefused(result.reason);
        return { id: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sid = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  logger: {
    // A refused login is an expected answer, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
});
