import { TZDate } from '@date-fns/tz'

/** A date cell as written: a day, a local time on that day, or an exact moment (with Z or an offset). */
export type CellDate = { year: number; month: number; day: number; hour: number; minute: number; second: number; dateOnly: boolean; offset: string | null }

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/

/** Reads `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` (or with `T`), optionally ending in `Z` or `±HH:MM`; null when it is not a real date. */
export function readCellDate(text: string): CellDate | null {
  const match = PATTERN.exec(text)
  if (!match) return null
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((index) => Number(match[index] ?? 0))
  const calendar = new Date(Date.UTC(year, month - 1, day))
  const realDay = calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day
  if (!realDay || hour > 23 || minute > 59 || second > 59) return null
  return { year, month, day, hour, minute, second, dateOnly: match[4] === undefined, offset: match[7] ?? null }
}

/** Every IANA zone this runtime knows (the admin's time zone picker offers the same list), plus UTC. */
export const knownTimeZones = (): Set<string> => new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])

/**
 * The moment a cell means, as an ISO string: an explicit offset is taken as written; otherwise the
 * local time is read in `timeZone` (a date alone is the start of that day, or its last second when
 * `endOfDay`, as for a deadline).
 */
export function cellInstant(cell: CellDate, timeZone: string, { endOfDay = false } = {}): string {
  const [hour, minute, second] = cell.dateOnly && endOfDay ? [23, 59, 59] : [cell.hour, cell.minute, cell.second]
  if (cell.offset) {
    const pad = (value: number) => String(value).padStart(2, '0')
    const offset = cell.offset === 'Z' ? 'Z' : cell.offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
    return new Date(`${cell.year}-${pad(cell.month)}-${pad(cell.day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`).toISOString()
  }
  return new Date(new TZDate(cell.year, cell.month - 1, cell.day, hour, minute, second, timeZone).getTime()).toISOString()
}
