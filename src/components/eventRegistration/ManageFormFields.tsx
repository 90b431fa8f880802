import type { Locale } from '@/i18n/locales'

/** What every form of the registration page posts: its language, the edition's address and the private link's token. */
export function ManageFormFields({ locale, editionSlug, token }: { locale: Locale; editionSlug: string; token: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="edition" value={editionSlug} />
      <input type="hidden" name="token" value={token} />
    </>
  )
}

/** A server action a plain form posts (it works without JavaScript). */
export type FormAction = (form: FormData) => Promise<void>
