'use client'

import { type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

type Props = {
  watchUrl: string
  embedUrl: string
  title: string
  poster: ReactNode
  labels: { play: string; external: string; provider: string }
}

/**
 * Nothing is loaded from the video's provider until the visitor asks. Without JavaScript (and until
 * this leaf runs) the poster is a link to the video on the provider's site, saying it leaves GKEC;
 * with it, a button that puts the provider's player in its place.
 */
export function VideoPlayer({ watchUrl, embedUrl, title, poster, labels }: Props) {
  // False in the server's HTML and during hydration, true once this leaf runs in the browser.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false)
  const [playing, setPlaying] = useState(false)
  const frame = useRef<HTMLIFrameElement>(null)

  useEffect(() => {
    if (playing) frame.current?.focus()
  }, [playing])

  if (playing) {
    return (
      <div className="campaign-video__frame">
        <iframe
          ref={frame}
          src={embedUrl}
          title={title}
          allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    )
  }
  if (!enhanced) {
    return (
      <a className="campaign-video__poster" href={watchUrl} rel="noopener">
        {poster}
        <span className="campaign-video__label">{labels.external}</span>
      </a>
    )
  }
  return (
    <>
      <button type="button" className="campaign-video__poster" onClick={() => setPlaying(true)}>
        {poster}
        <span className="campaign-video__label">{labels.play}</span>
      </button>
      <p className="campaign-video__note">{labels.provider}</p>
    </>
  )
}
