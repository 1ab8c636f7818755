/**
 * Headers every portal response carries, cached pages included (the front server sets them
 * before either path answers; a page may still override one, as the sign-in link page does with
 * its stricter Referrer-Policy).
 *
 * Scripts come only from this site's own files: Astro writes every script as a file (see
 * `assetsInlineLimit` in astro.config), so no inline script needs 'unsafe-inline' or a hash, and
 * an injected `<script>` or `onerror=` never runs. Styles keep 'unsafe-inline': the stylesheet
 * travels inside the page (one request fewer on a slow line) and progress bars set their width in
 * a style attribute; a style cannot run code. Forms may post here and be sent on to Stripe's
 * hosted Checkout (the donate form's redirect).
 */
export const securityHeadersFor = (env: {
  publicUrl?: string
  stripeApiUrl?: string
}): Record<string, string> => {
  const checkout = ['https://checkout.stripe.com']
  // A local stand-in for Stripe (tests, development) serves its checkout page from its own host.
  if (env.stripeApiUrl) checkout.push(new URL(env.stripeApiUrl).origin)
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${checkout.join(' ')}`,
    "frame-ancestors 'none'",
  ]
  const headers: Record<string, string> = {
    'content-security-policy': policy.join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  }
  if (env.publicUrl?.startsWith('https://')) {
    headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains'
  }
  return headers
}
