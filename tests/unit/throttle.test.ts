import { describe, expect, it } from 'vitest'

import { fail } from '@fazaa/shared/rules/result'
import {
  afterEvent,
  THROTTLES,
  waitBeforeNext,
  type ThrottleState,
} from '@fazaa/shared/rules/throttle'

const at = (seconds: number) => new Date(Date.UTC(2027, 0, 1) + seconds * 1000)

/** Events at these seconds, each allowed or not; returns the waits asked before each. */
const run = (policy: (typeof THROTTLES)[keyof typeof THROTTLES], seconds: number[]) => {
  let state: ThrottleState | null = null
  return seconds.map((second) => {
    const wait = waitBeforeNext(policy, state, at(second))
    if (wait === 0) state = afterEvent(policy, state, at(second))
    return wait
  })
}

describe('sign-in attempts from one client', () => {
  it('allows five, then asks for a wait that doubles after each further attempt', () => {
    // Five at once, then each attempt as soon as allowed: 1 s, 2 s, 4 s, 8 s after the last.
    expect(run(THROTTLES.signInByClient, [0, 0, 0, 0, 0, 0, 1, 1, 3, 3, 7, 7, 15])).toEqual([
      0, 0, 0, 0, 0, 1, 0, 2, 0, 4, 0, 8, 0,
    ])
  })

  it('never asks more than a quarter of an hour', () => {
    const policy = THROTTLES.signInByClient
    const state = { count: 40, windowStartedAt: at(0), lastAt: at(100) }
    expect(waitBeforeNext(policy, state, at(100))).toBe(15 * 60)
  })

  it('starts again once the window and the last wait are over', () => {
    const policy = THROTTLES.signInByClient
    const state = { count: 9, windowStartedAt: at(0), lastAt: at(60) }
    expect(waitBeforeNext(policy, state, at(70))).toBe(6)
    expect(waitBeforeNext(policy, state, at(15 * 60))).toBe(0)
    expect(afterEvent(policy, state, at(15 * 60)).count).toBe(1)
  })
})

describe('mails to one address', () => {
  it('sends three in a quarter hour, then none until the quarter hour is over', () => {
    expect(run(THROTTLES.mailByAddress, [0, 10, 20, 30, 899, 900])).toEqual([0, 0, 0, 870, 1, 0])
  })
})

describe('what a throttled person reads', () => {
  it('says how long to wait as a person says it, and speaks of accounts only at sign-in', () => {
    const signIn = fail('too-many-attempts', { seconds: 170, kind: 'sign-in' }).message
    expect(signIn.ar).toContain('انتظر ٣ دقائق')
    expect(signIn.ar).toContain('لم يُقفل أي حساب')
    expect(signIn.en).toContain('Wait 3 minutes')
    const joining = fail('too-many-attempts', { seconds: 3587, kind: 'application' }).message
    expect(joining.ar).toContain('انتظر ساعة')
    expect(joining.ar).not.toContain('حساب')
    expect(joining.en).toContain('Wait 1 hour')
    expect(joining.en).toContain('what you typed is still in the form')
  })
})
