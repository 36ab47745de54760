import type { Locale, SessionInfo } from '@ctip/contracts';
import type { ResolvedSession } from '../../auth/sessions';

/** The signed-in user and session, field by field, as the web app sees them. */
export function presentSession(resolved: ResolvedSession, demoMode: boolean): SessionInfo {
  return {
    state: resolved.session.state,
    csrfToken: resolved.session.csrfToken,
    idleExpiresAt: resolved.session.idleExpiresAt,
    absoluteExpiresAt: resolved.session.absoluteExpiresAt,
    demoMode,
    user: {
      id: resolved.user.id,
      email: resolved.user.email,
      displayName: resolved.user.displayName,
      locale: resolved.user.locale as Locale,
      roles: [...resolved.actor.roles],
      hasSecondFactor: resolved.user.hasSecondFactor,
      organisation: { ...resolved.organisation },
    },
  };
}
