import { interpolate } from '@/i18n/interpolate'
import type { EventsStrings } from '@/i18n/strings/events/en'
import type { SpeakerView } from '@/lib/events/view/types'

/** A speaker's portrait with its credit (nothing when there is no photo). */
export function SpeakerPhoto({ speaker, strings, decorative = false }: { speaker: SpeakerView; strings: EventsStrings['speakers']; decorative?: boolean }) {
  if (!speaker.photo) return null
  return (
    <figure className="event-speaker__photo">
      {/* eslint-disable-next-line @next/next/no-img-element -- images are served as uploaded (images.unoptimized) */}
      <img
        src={speaker.photo.url}
        alt={decorative ? '' : speaker.photo.alt || interpolate(strings.photoOf, { name: speaker.name })}
        width={speaker.photo.width ?? undefined}
        height={speaker.photo.height ?? undefined}
        loading="lazy"
        decoding="async"
      />
      {speaker.photoCredit && <figcaption>{interpolate(strings.photoCredit, { credit: speaker.photoCredit })}</figcaption>}
    </figure>
  )
}
