import { z } from 'zod'

import { type CellDate, readCellDate } from './dates'
import type { FundingEditorMessageKey } from './messages'

/** Why a cell was refused: a message key and what fills it. */
export class CellProblem {
  constructor(
    readonly key: FundingEditorMessageKey,
    readonly vars: Record<string, string | number> = {},
  ) {}
}

type Reader<T> = (text: string) => T | CellProblem

/** Reads a cell, turning a refusal into a zod issue that carries the message key. */
function readInto<T>(read: Reader<T>, text: string, ctx: z.RefinementCtx): T {
  const value = read(text)
  if (!(value instanceof CellProblem)) return value
  ctx.addIssue({ code: 'custom', message: value.key, params: value.vars, input: text })
  return z.NEVER
}

/**
 * An optional column of the file as a zod schema: absent (the column is not in the file) stays
 * undefined, an empty cell becomes `empty`, anything else goes through `read`.
 */
export const cell = <T, E = null>(read: Reader<T>, empty: E = null as E) =>
  z
    .string()
    .transform((text, ctx): T | E => (text === '' ? empty : readInto(read, text, ctx)))
    .optional()

/** A column whose cells must all be filled. */
export const requiredCell = <T>(read: Reader<T>) =>
  z.string().transform((text, ctx): T => readInto((value) => (value === '' ? new CellProblem('importRequired') : read(value)), text, ctx))

export const text =
  (max: number): Reader<string> =>
  (value) =>
    value.length > max ? new CellProblem('importTooLong', { max, length: value.length }) : value

const BOOLEANS: Record<string, boolean> = { yes: true, no: false, true: true, false: false, y: true, n: false, '1': true, '0': false }

export const yesNo: Reader<boolean> = (value) => BOOLEANS[value.toLowerCase()] ?? new CellProblem('importBadBoolean', { value })

/** A value from a fixed list, written as its key; case, spaces and hyphens do not matter. */
export const oneOf =
  <K extends string>(allowed: readonly K[]): Reader<K> =>
  (value) => {
    const key = value.toLowerCase().replace(/[\s-]+/g, '_')
    return (allowed as readonly string[]).includes(key) ? (key as K) : new CellProblem('importUnknownValue', { value, allowed: allowed.join(', ') })
  }

/** A `;`-separated list (a comma works too where values cannot contain one), each item read by `item`, repeats dropped. */
export const listOf =
  <T>(item: Reader<T>, separator: RegExp = /[;,]/): Reader<T[]> =>
  (value) => {
    const items: T[] = []
    for (const part of value.split(separator).map((piece) => piece.trim()).filter(Boolean)) {
      const read = item(part)
      if (read instanceof CellProblem) return read
      if (!items.includes(read)) items.push(read)
    }
    return items
  }

export const number =
  ({ min = 0, max = Number.MAX_SAFE_INTEGER, integer = false } = {}): Reader<number> =>
  (value) => {
    const cleaned = value.replace(/%$/, '').trim()
    if (!/^\d+(\.\d+)?$/.test(cleaned)) return new CellProblem('importBadNumber', { value })
    const parsed = Number(cleaned)
    if (integer && !Number.isInteger(parsed)) return new CellProblem('importBadInteger', { value })
    return parsed < min || parsed > max ? new CellProblem('importOutOfRange', { value, min, max }) : parsed
  }

export const url: Reader<string> = (value) => {
  try {
    const parsed = new URL(value)
    if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && value.length <= 500) return value
  } catch {
    // Falls through to the refusal.
  }
  return new CellProblem('importBadUrl', { value })
}

export const currency: Reader<string> = (value) => (/^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : new CellProblem('importBadCurrency', { value }))

export const date: Reader<CellDate> = (value) => readCellDate(value) ?? new CellProblem('importBadDate', { value })

export const inSet =
  (known: ReadonlySet<string>, key: FundingEditorMessageKey): Reader<string> =>
  (value) =>
    known.has(value) ? value : new CellProblem(key, { value })

/** A key of `lookup`, normalised by `normalise` first (e.g. upper-cased country codes). */
export const lookedUp =
  <T>(lookup: ReadonlyMap<string, T>, key: FundingEditorMessageKey, normalise: (value: string) => string = (value) => value): Reader<T> =>
  (value) => {
    const found = lookup.get(normalise(value))
    return found === undefined ? new CellProblem(key, { value }) : found
  }
