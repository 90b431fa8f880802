import { signOutAction } from '@/app/(frontend)/[locale]/community/sign-out/actions'
import type { Locale } from '@/i18n/locales'

/** A plain POST form (a link could be followed by anyone's page or prefetcher). */
export function SignOutButton({ locale, label, className = 'button button--secondary' }: { locale: Locale; label: string; className?: string }) {
  return (
    <form className="members-inline-form" action={signOutAction}>
      <input type="hidden" name="pageLocale" value={locale} />
      <button className={className} type="submit">
        {label}
      </button>
    </form>
  )
}
