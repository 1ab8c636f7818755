import type { Choice } from '@fazaa/shared/domain/vocabulary'

/** Payload select options from one of the shared vocabulary lists. */
export const optionsOf = <V extends string>(choices: readonly Choice<V>[]) =>
  choices.map(({ value, label }) => ({ value, label }))
