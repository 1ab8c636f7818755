import { isCountryCode } from '@fazaa/shared/domain/countries'
import { SECTORS, type Sector } from '@fazaa/shared/domain/vocabulary'
import { looksLikeEmail } from '../forms/formValues'

export interface Application {
  name: string
  email: string
  country: string
  sectors: Sector[]
  why: string
}

export type ApplicationField = keyof Application
export type ApplicationProblem =
  'required' | 'email' | 'too-long' | 'unknown-sector' | 'unknown-country'

const LIMITS: Record<Exclude<ApplicationField, 'sectors' | 'country'>, number> = {
  name: 120,
  email: 254,
  why: 2000,
}

/**
 * Reads the join form as typed, trimmed, and says what is wrong with each field. The values come
 * back either way, so a refused form is shown again with everything the person typed.
 */
export const validateApplication = (
  form: FormData,
): { values: Application; problems: Partial<Record<ApplicationField, ApplicationProblem>> } => {
  const text = (name: string) => String(form.get(name) ?? '').trim()
  const chosen = form.getAll('sectors').map(String)
  const values: Application = {
    name: text('name'),
    email: text('email').toLowerCase(),
    country: text('country').toUpperCase(),
    sectors: chosen.filter((s): s is Sector => SECTORS.some((sector) => sector.value === s)),
    why: text('why'),
  }
  const problems: Partial<Record<ApplicationField, ApplicationProblem>> = {}
  for (const field of ['name', 'email', 'country'] as const) {
    if (!values[field]) problems[field] = 'required'
  }
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (values[field].length > max) problems[field] = 'too-long'
  }
  if (values.email && !problems.email && !looksLikeEmail(values.email)) problems.email = 'email'
  if (values.country && !isCountryCode(values.country)) problems.country = 'unknown-country'
  if (chosen.length !== values.sectors.length) problems.sectors = 'unknown-sector'
  return { values, problems }
}
