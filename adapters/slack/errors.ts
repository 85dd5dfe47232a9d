/**
 * What a failed Slack Web API call means for the person running the bot: Slack could not be
 * reached, answered with an HTTP error, or rejected a token (which only they can fix). Read by the
 * error's `code`, not `instanceof`: @slack/socket-mode may bring its own copy of @slack/web-api.
 */
import { errorMessage } from '../../src/errorMessage.ts';

/** Slack's errors for a token that is wrong, revoked or of the wrong kind. */
const TOKEN_ERRORS: ReadonlySet<string> = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'user_removed_from_team',
  'team_disabled',
]);

export interface SlackErrorDescription {
  /** One line: "could not reach Slack (ENOTFOUND slack.com)", "Slack rejected SLACK_APP_TOKEN (invalid_auth)…". */
  reason: string;
  /** Slack rejected the token: retrying will not help until someone changes it. */
  rejected: boolean;
}

interface SlackErrorShape {
  code?: unknown;
  data?: { error?: unknown };
  original?: { code?: unknown; message?: unknown; cause?: { code?: unknown; hostname?: unknown } };
  statusCode?: unknown;
}

/** Describes a failed call made with the token named `token` (the variable's name, never its value). */
export function describeSlackError(err: unknown, token: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN'): SlackErrorDescription {
  const e = (typeof err === 'object' && err !== null ? err : {}) as SlackErrorShape;
  if (e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string') {
    const error = e.data.error;
    if (TOKEN_ERRORS.has(error)) {
      const kind = token === 'SLACK_APP_TOKEN' ? 'the app-level token (xapp-…) with the connections:write scope' : 'the bot token (xoxb-…) of an installed app';
      return { reason: `Slack rejected ${token} (${error}); check that it is ${kind}`, rejected: true };
    }
    return { reason: `Slack answered ${error}`, rejected: false };
  }
  if (e.code === 'slack_webapi_request_error') {
    const cause = e.original?.cause;
    const detail = [cause?.code ?? e.original?.code, cause?.hostname].filter((x) => typeof x === 'string').join(' ');
    const message = typeof e.original?.message === 'string' ? e.original.message : 'request failed';
    return { reason: `could not reach Slack (${detail || message})`, rejected: false };
  }
  if (e.code === 'slack_webapi_http_error' && typeof e.statusCode === 'number') return { reason: `Slack answered HTTP ${e.statusCode}`, rejected: false };
  return { reason: errorMessage(err), rejected: false };
}
