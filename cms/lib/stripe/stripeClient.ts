import Stripe from 'stripe'

let cached: { key: string; apiUrl: string; client: Stripe } | undefined

/**
 * The Stripe SDK as configured by the environment, or null when online giving is not set up
 * (no `STRIPE_SECRET_KEY`): the portal then shows the bank details instead. `STRIPE_API_URL`
 * points the SDK at another API host (the tests' local stand-in for Stripe); unset, it talks to
 * api.stripe.com.
 */
export const stripeClient = (): Stripe | null => {
  const key = process.env.STRIPE_SECRET_KEY ?? ''
  const apiUrl = process.env.STRIPE_API_URL ?? ''
  if (!key) return null
  if (cached?.key === key && cached.apiUrl === apiUrl) return cached.client
  const api = apiUrl ? new URL(apiUrl) : null
  const client = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'Fazaa' },
    ...(api
      ? {
          host: api.hostname,
          port: api.port || (api.protocol === 'https:' ? 443 : 80),
          protocol: api.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
  })
  cached = { key, apiUrl, client }
  return client
}

/** The secret Stripe signs webhooks with; without it no webhook is believed. */
export const webhookSecret = (): string | null => process.env.STRIPE_WEBHOOK_SECRET || null
