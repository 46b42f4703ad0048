/** Sign-up, sign-in and sign-out: parse, call one domain function, set or clear the cookie. */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { changePassword, requestSignUp, signIn, type SignUpInput } from '#lib/auth/accounts.ts';
import { createAuthSession, invalidateAuthSession, invalidateUserSessions, sessionExpiresAt } from '#lib/auth/session.ts';
import { homePathFor } from '#lib/auth/permissions.ts';
import { localizePath } from '#i18n/locales.ts';
import { getDb } from '#server/db.ts';
import { deleteSessionCookie, setSessionCookie } from '#server/cookies.ts';
import { domainCall, forbidden, localeOfRequest } from '#server/action-errors.ts';
import { safeNext } from '#lib/auth/safe-redirect.ts';
import { clientAddress } from '#lib/auth/client-address.ts';
import { AuthError } from '#lib/auth/errors.ts';
import { changePasswordInput, signInInput, signUpEnterpriseInput, signUpInvitedInput, signUpLearnerInput } from './inputs.ts';
import type { ActionAPIContext } from 'astro:actions';
import type { User } from '#lib/db/schema-auth.ts';

async function startSession(context: ActionAPIContext, user: User): Promise<{ redirect: string }> {
  const db = await getDb();
  const { token, authSession } = await createAuthSession(db, user.id);
  setSessionCookie(context.cookies, token, sessionExpiresAt(authSession));
  return { redirect: localizePath(homePathFor(user.role), localeOfRequest(context.url)) };
}

/**
 * Every sign-up answers alike, whether the address was new or already
 * registered: no session, a redirect to sign-in with the same notice (so the
 * requester cannot tell which addresses have accounts).
 */
async function requestedSignUp(context: ActionAPIContext, input: SignUpInput): Promise<{ redirect: string }> {
  const locale = localeOfRequest(context.url);
  await domainCall(locale, async () => requestSignUp(await getDb(), input));
  return { redirect: `${localizePath('/signin', locale)}?registered=1` };
}

export const auth = {
  signIn: defineAction({
    accept: 'form',
    input: signInInput,
    handler: async (input, context) => {
      const locale = localeOfRequest(context.url);
      const db = await getDb();
      const ip = clientAddress(context.clientAddress, context.request.headers.get('x-forwarded-for'));
      const user = await domainCall(locale, () =>
        signIn(db, { email: input.email, password: input.password, ip }).catch((e: unknown) => {
          // 429 with Retry-After (the middleware sets the header from this)
          if (e instanceof AuthError && e.code === 'RATE_LIMITED') context.locals.retryAfterSeconds = Math.max(1, Math.ceil((e.retryAfterMs ?? 0) / 1000));
          throw e;
        }),
      );
      const started = await startSession(context, user);
      return { redirect: safeNext(input.next, started.redirect) };
    },
  }),

  signUpLearner: defineAction({
    accept: 'form',
    input: signUpLearnerInput,
    handler: async (input, context) =>
      requestedSignUp(context, { role: 'learner', email: input.email, password: input.password, displayName: input.displayName, institutionId: input.institutionId, locale: localeOfRequest(context.url) }),
  }),

  signUpEnterprise: defineAction({
    accept: 'form',
    input: signUpEnterpriseInput,
    handler: async (input, context) =>
      requestedSignUp(context, {
        role: 'enterprise',
        email: input.email,
        password: input.password,
        displayName: input.displayName,
        locale: localeOfRequest(context.url),
        enterprise: { name: input.enterpriseName, creditCode: input.creditCode, contactPhone: input.contactPhone },
      }),
  }),

  signUpInvited: defineAction({
    accept: 'form',
    input: signUpInvitedInput,
    handler: async (input, context) =>
      requestedSignUp(context, { role: input.role, email: input.email, password: input.password, displayName: input.displayName, inviteCode: input.inviteCode, locale: localeOfRequest(context.url) }),
  }),

  changePassword: defineAction({
    accept: 'form',
    input: changePasswordInput,
    handler: async (input, context) => {
      const locale = localeOfRequest(context.url);
      const user = context.locals.user;
      if (!user) throw forbidden(locale);
      const ip = clientAddress(context.clientAddress, context.request.headers.get('x-forwarded-for'));
      const { token, authSession } = await domainCall(locale, async () =>
        changePassword(await getDb(), { userId: user.id, currentPassword: input.currentPassword, newPassword: input.newPassword, ip }).catch((e: unknown) => {
          if (e instanceof AuthError && e.code === 'RATE_LIMITED') context.locals.retryAfterSeconds = Math.max(1, Math.ceil((e.retryAfterMs ?? 0) / 1000));
          throw e;
        }),
      );
      setSessionCookie(context.cookies, token, sessionExpiresAt(authSession));
      return { changed: true };
    },
  }),

  signOutEverywhere: defineAction({
    accept: 'form',
    input: z.object({}),
    handler: async (_input, context) => {
      const locale = localeOfRequest(context.url);
      const user = context.locals.user;
      if (!user) throw forbidden(locale);
      await invalidateUserSessions(await getDb(), user.id);
      deleteSessionCookie(context.cookies);
      return { redirect: localizePath('/signin', locale) };
    },
  }),
};

/** Used by the plain POST endpoint `/signout`. */
export async function signOutCurrent(sessionId: string | undefined): Promise<void> {
  if (sessionId) await invalidateAuthSession(await getDb(), sessionId);
}
