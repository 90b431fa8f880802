import type { Locale } from '@/i18n/locales'
import type { MembersStrings } from '@/i18n/strings/members/en'
import type { AccountView } from '@/lib/community/members/account'
import { memberPath } from '@/lib/community/members/paths'
import { PHOTO_TYPES } from '@/lib/community/members/photo'

type Props = { locale: Locale; photo: AccountView['photo']; outcome: string | null; strings: MembersStrings }

const ERRORS = ['photoMissing', 'photoTooLarge', 'photoType', 'photoUnreadable'] as const

/** The photo form: a plain multipart POST to the account's photo route, then back here with its outcome. */
export function PhotoForm({ locale, photo, outcome, strings }: Props) {
  const { photo: copy } = strings.account
  const error = ERRORS.find((code) => code === outcome)
  const action = memberPath(locale, 'account/photo')
  return (
    <section className="members-photo" id="photo" aria-labelledby="photo-title">
      <h2 id="photo-title">{copy.title}</h2>
      {outcome === 'saved' || outcome === 'removed' ? (
        <p className="members-notice" role="status">
          {outcome === 'saved' ? copy.saved : copy.removed}
        </p>
      ) : null}
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small stored upload; images are unoptimized on this site
        <img className="members-photo__image" src={photo.url} alt={copy.current} width={120} height={120} />
      ) : (
        <p>{copy.none}</p>
      )}
      <form className="members-form" method="post" action={action} encType="multipart/form-data">
        <div className={error ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor="account-photo">
            {copy.label}
          </label>
          <p className="field__hint" id="account-photo-hint">
            {copy.hint}
          </p>
          {error ? (
            <p className="field__error" id="account-photo-error" role="alert">
              <span className="visually-hidden">{strings.common.errorTitlePrefix} </span>
              {strings.errors[error]}
            </p>
          ) : null}
          <input
            id="account-photo"
            name="photo"
            type="file"
            accept={PHOTO_TYPES.join(',')}
            required
            aria-describedby={error ? 'account-photo-hint account-photo-error' : 'account-photo-hint'}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <button className="button" type="submit">
          {copy.submit}
        </button>
      </form>
      {photo ? (
        <form className="members-inline-form" method="post" action={action} encType="multipart/form-data">
          <input type="hidden" name="remove" value="yes" />
          <button className="button button--secondary" type="submit">
            {copy.remove}
          </button>
        </form>
      ) : null}
    </section>
  )
}
