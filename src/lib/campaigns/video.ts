import type { VideoProvider } from './options'

export const VIDEO_PROVIDER_NAMES: Record<VideoProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo' }

/** The video's own page on the provider's site (where a visitor without JavaScript watches it). */
export function videoWatchUrl(provider: VideoProvider, videoId: string): string {
  const id = encodeURIComponent(videoId)
  return provider === 'youtube' ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`
}

/** The player to frame once the visitor asks: YouTube's cookie-less domain, Vimeo with "do not track". */
export function videoEmbedUrl(provider: VideoProvider, videoId: string): string {
  const id = encodeURIComponent(videoId)
  return provider === 'youtube' ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0` : `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`
}
