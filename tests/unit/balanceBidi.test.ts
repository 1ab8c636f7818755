import { describe, expect, it } from 'vitest'

import { balanceBidi } from '@fazaa/shared/text/balanceBidi'

const RLO = '\u202E'
const PDF = '\u202C'
const RLI = '\u2067'
const PDI = '\u2069'

describe('direction controls in user text', () => {
  it('closes what the text opens, so nothing after it is turned', () => {
    expect(balanceBidi(`${RLO}evil`)).toBe(`${RLO}evil${PDF}`)
    expect(balanceBidi(`a${RLI}b${RLO}c`)).toBe(`a${RLI}b${RLO}c${PDF}${PDI}`)
    // The isolate's PDI closes the override inside it.
    expect(balanceBidi(`${RLI}${RLO}x${PDI}y`)).toBe(`${RLI}${RLO}x${PDF}${PDI}y`)
  })

  it('drops closers it never opened', () => {
    expect(balanceBidi(`x${PDF}y${PDI}`)).toBe('xy')
  })

  it('leaves ordinary and balanced text exactly as typed', () => {
    for (const text of [
      'ترميم سقف المدرسة',
      'School roof \u200F(مصياف)\u200F',
      `${RLO}balanced${PDF} and ${RLI}isolated${PDI}`,
    ]) {
      expect(balanceBidi(text)).toBe(text)
    }
  })
})
