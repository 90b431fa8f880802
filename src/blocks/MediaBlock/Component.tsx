import { CampaignImage } from '@/components/campaigns/CampaignImage'
import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { imageOf } from '@/lib/campaigns/media'
import { VIDEO_PROVIDER_NAMES, videoEmbedUrl, videoWatchUrl } from '@/lib/campaigns/video'
import type { MediaBlock as MediaBlockData } from '@/payload-types'
import { VideoPlayer } from './VideoPlayer.client'

type Props = MediaBlockData & { locale: Locale }

/** An image from our media, or a video that loads nothing from YouTube or Vimeo until the visitor asks. */
export function MediaBlock({ kind, image, video, caption, locale }: Props) {
  const picture = imageOf(image, ['hero', 'card'])
  const captionText = caption || null
  if (kind === 'video' && video?.provider && video.videoId) {
    const strings = getStrings(locale).campaigns.video
    const provider = VIDEO_PROVIDER_NAMES[video.provider]
    const title = video.title || null
    const poster = picture ? (
      <CampaignImage image={picture} className="campaign-video__image" decorative />
    ) : (
      <span className="campaign-video__blank" aria-hidden="true" />
    )
    return (
      <figure className="campaign-media campaign-video">
        <VideoPlayer
          watchUrl={videoWatchUrl(video.provider, video.videoId)}
          embedUrl={videoEmbedUrl(video.provider, video.videoId)}
          title={title ?? strings.defaultTitle}
          poster={poster}
          labels={{
            play: title ? interpolate(strings.play, { title }) : strings.playUntitled,
            external: title ? interpolate(strings.external, { title, provider }) : interpolate(strings.externalUntitled, { provider }),
            provider: interpolate(strings.provider, { provider }),
          }}
        />
        {captionText && <figcaption>{captionText}</figcaption>}
      </figure>
    )
  }
  if (!picture) return null
  return (
    <figure className="campaign-media">
      <CampaignImage image={picture} className="campaign-media__image" />
      {captionText && <figcaption>{captionText}</figcaption>}
    </figure>
  )
}
