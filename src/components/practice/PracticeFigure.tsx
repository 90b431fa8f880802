import { interpolate } from '@/i18n/interpolate'
import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { ImageView } from '@/lib/practices/practiceView'
import { labelFrom } from './format'

type Props = { image: ImageView; strings: PracticeStrings['media']; priority?: boolean }

/** An image with its caption, credit and licence, as the licence requires them to be shown. */
export function PracticeFigure({ image, strings, priority = false }: Props) {
  const licence = labelFrom(strings.licences, image.licence)
  return (
    <figure className="practice-figure">
      {/* eslint-disable-next-line @next/next/no-img-element -- images are served as uploaded (images.unoptimized) */}
      <img
        src={image.url}
        alt={image.alt}
        width={image.width ?? undefined}
        height={image.height ?? undefined}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={priority ? 'high' : undefined}
      />
      <figcaption>
        {image.caption && <span className="practice-figure__caption">{image.caption}</span>}
        <span className="practice-figure__credit">
          {image.credit && interpolate(strings.credit, { credit: image.credit })}
          {image.credit && licence && ' · '}
          {licence &&
            (image.licenceUrl ? (
              <a href={image.licenceUrl}>{interpolate(strings.licence, { licence })}</a>
            ) : (
              interpolate(strings.licence, { licence })
            ))}
        </span>
      </figcaption>
    </figure>
  )
}
