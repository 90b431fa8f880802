import type { Locale } from '@/i18n/locales'
import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { ExternalLink, FileLink } from '@/lib/practices/practiceView'
import { formatFileSize } from './format'

/** Documents with their type and size, so people on slow connections know what they load. */
export function PracticeDocuments({ documents, locale, strings }: { documents: FileLink[]; locale: Locale; strings: PracticeStrings['media'] }) {
  return (
    <ul className="link-list">
      {documents.map((doc) => {
        const kind = doc.mimeType === 'application/pdf' ? strings.pdf : strings.file
        const size = doc.filesize ? `, ${formatFileSize(doc.filesize, locale)}` : ''
        return (
          <li key={doc.url}>
            <a href={doc.url}>{doc.title}</a> <span className="link-list__meta">({kind}{size})</span>
          </li>
        )
      })}
    </ul>
  )
}

export function SourceLinks({ links }: { links: ExternalLink[] }) {
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url}>{link.label}</a>
        </li>
      ))}
    </ul>
  )
}
