import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { flagAction } from '@/lib/community/moderation/flagAction'
import { FLAG_REASONS, type FlagReason } from '@/lib/community/options'

const REASONS = Object.keys(FLAG_REASONS) as FlagReason[]

/**
 * Under a post, for signed-in members who did not write it: a closed <details> "Flag" with the
 * reasons and a text (required with "Other"), posting to a server action — no JavaScript needed.
 * The outcome comes back on the thread page as `?flag=…` (render <FlagNotice/> there).
 */
export function FlagForm({ locale, postId }: { locale: Locale; postId: number }) {
  const { flag } = getStrings(locale).moderation
  const id = (part: string) => `flag-${postId}-${part}`
  return (
    <details className="flag-form" data-testid={`flag-form-${postId}`}>
      <summary>{flag.summary}</summary>
      <form action={flagAction} method="post">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="post" value={postId} />
        <fieldset>
          <legend>{flag.legend}</legend>
          {REASONS.map((reason) => (
            <div className="flag-form__reason" key={reason}>
              <input type="radio" id={id(reason)} name="reason" value={reason} required />
              <label htmlFor={id(reason)}>{FLAG_REASONS[reason][locale]}</label>
            </div>
          ))}
        </fieldset>
        <label htmlFor={id('text')}>{flag.text}</label>
        <p className="field__hint" id={id('text-hint')}>
          {flag.textHint}
        </p>
        <textarea id={id('text')} name="text" rows={3} maxLength={1000} aria-describedby={id('text-hint')} />
        <button type="submit" className="button">
          {flag.submit}
        </button>
      </form>
    </details>
  )
}

const FLAG_OUTCOMES = ['flagged', 'already', 'own', 'sanctioned', 'text_required', 'invalid', 'rate_limited', 'not_found'] as const
type FlagNoticeKind = (typeof FLAG_OUTCOMES)[number]

/** The outcome of a flag, from the page's `?flag=` (anything else shows nothing). */
export function FlagNotice({ locale, flag }: { locale: Locale; flag: string | string[] | undefined }) {
  if (typeof flag !== 'string' || !(FLAG_OUTCOMES as readonly string[]).includes(flag)) return null
  const kind = flag as FlagNoticeKind
  const refused = kind !== 'flagged' && kind !== 'already'
  return (
    <p className={refused ? 'moderation-notice moderation-notice--refused' : 'moderation-notice'} role={refused ? 'alert' : 'status'} data-testid="flag-notice">
      {getStrings(locale).moderation.flag.notices[kind]}
    </p>
  )
}
