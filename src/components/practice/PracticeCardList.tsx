import { PracticeCard } from '@/components/practices/PracticeCard'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { PracticeCard as PracticeCardView } from '@/lib/practices/search/types'

type Item = PracticeCardView & { explanation?: string; note?: string }

/** Practice cards in a grid, each optionally with a line saying why it is shown. */
export function PracticeCardList({ practices, locale }: { practices: Item[]; locale: Locale }) {
  const strings = getStrings(locale).repository.card
  return (
    <ul className="practice-card-list">
      {practices.map((practice) => (
        <li key={practice.id}>
          <PracticeCard practice={practice} locale={locale} strings={strings} />
          {(practice.explanation || practice.note) && <p className="practice-card-list__why">{practice.explanation ?? practice.note}</p>}
        </li>
      ))}
    </ul>
  )
}
