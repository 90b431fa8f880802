import type { Locale } from '@/i18n/locales'

type Props = { action: (form: FormData) => Promise<void>; locale: Locale; threadId: number; replyId: number | null; label: string }

/** "Mark as the solution" (or unmark, with no reply): a plain form, no JavaScript needed. */
export function SolutionButton({ action, locale, threadId, replyId, label }: Props) {
  return (
    <form action={action} className="community-solution-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="thread" value={threadId} />
      {replyId ? <input type="hidden" name="reply" value={replyId} /> : null}
      <button type="submit" className="button button--secondary">
        {label}
      </button>
    </form>
  )
}
