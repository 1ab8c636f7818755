import { DEMO_PASSWORD } from '../../cms/seed/seedDemoData'
import { fromAddress } from './fromAddress'

/**
 * The portal's password sign-in form, posted as a browser posts it (same origin); from another
 * loopback address when `from` is given (many people signing in at once are many clients: one
 * client's concurrent attempts count against its sign-in throttle until they succeed).
 */
export const postSignIn = (
  portalUrl: string,
  email: string,
  password = DEMO_PASSWORD,
  from?: string,
) =>
  fetch(`${portalUrl}/en/signin/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: portalUrl },
    body: new URLSearchParams({ intent: 'password', email, password }),
    redirect: 'manual',
    // @ts-expect-error undici's option, which Node's fetch takes
    dispatcher: from ? fromAddress(from) : undefined,
  })

/** The cookies a response sets, as a `Cookie` header sends them back. */
export const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')

/** Signs a member in through the portal and returns their session cookie; throws if refused. */
export const signInToPortal = async (
  portalUrl: string,
  email: string,
  password = DEMO_PASSWORD,
  from?: string,
) => {
  const response = await postSignIn(portalUrl, email, password, from)
  if (response.status !== 303) throw new Error(`${email} could not sign in (${response.status})`)
  return cookiesOf(response)
}

/** A member's vote through the proposal page's ballot form, with their session. */
export const postVote = (portalUrl: string, proposal: number, cookie: string, choice: string) =>
  fetch(`${portalUrl}/en/proposals/${proposal}/`, {
    method: 'POST',
    headers: { cookie, origin: portalUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ intent: 'vote', choice }),
    redirect: 'manual',
  })
