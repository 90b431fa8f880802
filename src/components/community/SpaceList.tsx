import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fill, spaceHref, type SpaceView } from '@/lib/community/view'

/** Spaces of one kind as cards, each with its number of threads. */
export function SpaceList({ locale, title, spaces }: { locale: Locale; title: string; spaces: SpaceView[] }) {
  if (spaces.length === 0) return null
  const text = getStrings(locale).community.home
  return (
    <>
      <h3>{title}</h3>
      <ul className="card-grid community-spaces">
        {spaces.map((space) => (
          <li key={space.id} className="card">
            <h4 className="community-spaces__title">
              <a href={spaceHref(locale, space.slug)}>{space.title}</a>
            </h4>
            {space.description ? <p>{space.description}</p> : null}
            <p className="community-spaces__count">{space.threadCount === 1 ? text.oneThread : fill(text.threadCount, { count: space.threadCount })}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
