import { unsubscribeWithToken } from '@fazaa/cms/plugins/mail/unsubscribe/unsubscribeWithToken'
import type { UnsubscribeScope } from '@fazaa/cms/plugins/mail/unsubscribe/unsubscribeToken'
import { cms } from './client'

/** Turns off what an email's unsubscribe link names; null for a link we did not sign. */
export const unsubscribe = async (
  token: string,
): Promise<{ scope: UnsubscribeScope; memberId: number } | null> =>
  unsubscribeWithToken(await cms(), token)
