import { TZDate } from '@date-fns/tz'
import { addMonths, subMonths } from 'date-fns'

import { fail, ok, type RuleResult } from './result'

const SUNDAY = 0

const inZone = (date: Date | string, timeZone: string) => new TZDate(new Date(date), timeZone)

/** The month before a calendar month, both YYYY-MM ("2026-01" → "2025-12"). */
export const monthBefore = (month: string): string =>
  subMonths(new Date(`${month}-15T12:00:00Z`), 1)
    .toISOString()
    .slice(0, 7)

/** The month after a calendar month, both YYYY-MM ("2026-12" → "2027-01"). */
export const monthAfter = (month: string): string =>
  addMonths(new Date(`${month}-15T12:00:00Z`), 1)
    .toISOString()
    .slice(0, 7)

/** Where a calendar month (YYYY-MM) begins and ends in a time zone: [start, end). */
export const monthBoundsInZone = (month: string, timeZone: string): { start: Date; end: Date } => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  return {
    start: new Date(new TZDate(year, monthNumber - 1, 1, 0, 0, timeZone).getTime()),
    end: new Date(new TZDate(year, monthNumber, 1, 0, 0, timeZone).getTime()),
  }
}

/** The calendar month (YYYY-MM) a moment falls in, as seen in a time zone. */
export const monthInZone = (date: Date | string, timeZone: string): string => {
  const local = inZone(date, timeZone)
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`
}

export const isSundayInZone = (date: Date | string, timeZone: string): boolean =>
  inZone(date, timeZone).getDay() === SUNDAY

/** Every Sunday of a month, as days of the month. */
const sundaysOf = (year: number, monthIndex: number, timeZone: string): number[] => {
  const days: number[] = []
  for (let day = 1; day <= 31; day++) {
    const date = new TZDate(year, monthIndex, day, 12, 0, timeZone)
    if (date.getMonth() !== monthIndex) break
    if (date.getDay() === SUNDAY) days.push(day)
  }
  return days
}

/**
 * Rule 8's companions of a Big Sunday Meeting, at the same local time in the same zone: the prep
 * meeting on the Sunday nearest the middle of the month (the 15th) and
 * the finishing meeting on the last Sunday of the month.
 */
export const companionMeetingDates = (
  bigSundayStartsAt: Date | string,
  timeZone: string,
): { prep: Date; finishing: Date } => {
  const local = inZone(bigSundayStartsAt, timeZone)
  const [year, month] = [local.getFullYear(), local.getMonth()]
  const sundays = sundaysOf(year, month, timeZone)
  const prepDay = sundays.reduce((best, day) =>
    Math.abs(day - 15) < Math.abs(best - 15) ? day : best,
  )
  const finishingDay = sundays[sundays.length - 1]!
  const at = (day: number) =>
    new Date(new TZDate(year, month, day, local.getHours(), local.getMinutes(), timeZone).getTime())
  return { prep: at(prepDay), finishing: at(finishingDay) }
}

/** The first Sunday at least `days` days after `date`, at `hour`:00 local time in the zone. */
export const nextSundayAfter = (
  date: Date | string,
  days: number,
  timeZone: string,
  hour: number,
): Date => {
  const local = inZone(date, timeZone)
  const earliest = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + days,
    hour,
    0,
    timeZone,
  )
  const offset = (7 - earliest.getDay()) % 7
  return new Date(
    new TZDate(
      earliest.getFullYear(),
      earliest.getMonth(),
      earliest.getDate() + offset,
      hour,
      0,
      timeZone,
    ).getTime(),
  )
}

/** Rule 8: Sunday meetings (the big one, its prep and its finishing) start on a Sunday there. */
export const checkStartsOnSunday = (startsAt: Date | string, timeZone: string): RuleResult =>
  isSundayInZone(startsAt, timeZone)
    ? ok()
    : fail('meeting-not-sunday', { timeZone, startsAt: new Date(startsAt).toISOString() })
