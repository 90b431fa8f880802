import type { Locale } from '@/i18n/locales'
import { refusalMessage, type RefusalCode } from './messages'
import type { PostingRefusal, ThreadField } from './types'

/** Thrown inside a posting transaction to roll everything back and answer the member. */
export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly vars: Record<string, string | number> = {},
    readonly fieldErrors?: Partial<Record<ThreadField, RefusalCode>>,
  ) {
    super(`Posting refused: ${code}`)
  }

  toResult(locale: Locale): PostingRefusal {
    const fieldErrors = this.fieldErrors
      ? Object.fromEntries(Object.entries(this.fieldErrors).map(([field, code]) => [field, refusalMessage(locale, code as RefusalCode)]))
      : undefined
    return { ok: false, code: this.code, message: refusalMessage(locale, this.code, this.vars), ...(fieldErrors ? { fieldErrors } : {}) }
  }
}
