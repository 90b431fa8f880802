import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { Button, Column, Heading, Img, Link, Row, Section, Text } from '@react-email/components'
import type { ReactElement } from 'react'

import type { Locale } from '@/i18n/locales'
import { KEY_FIGURE_METRICS } from '@/lib/campaigns/options'
import type { ResolvedBlock } from '@/lib/campaigns/types'
import type { Media } from '@/payload-types'
import type { EmailStrings } from './strings'
import { styles } from './styles'
import { absoluteAsset, emailHref, type Utm } from './utm'

type Context = { locale: Locale; utm: Utm; strings: EmailStrings }

const media = (value: unknown): Media | null => (value && typeof value === 'object' ? (value as Media) : null)

function EmailImage({ image, href }: { image: Media | null; href?: string }) {
  const src = absoluteAsset(image?.url)
  if (!image || !src) return null
  const img = <Img src={src} alt={image.alt ?? ''} width={image.width && image.width < 552 ? image.width : 552} style={styles.image} />
  return href ? <Link href={href}>{img}</Link> : img
}

/** Rich text's own links made absolute and tagged like the blocks' links. */
const richTextHtml = (body: Parameters<typeof convertLexicalToHTML>[0]['data'], utm: Utm): string =>
  convertLexicalToHTML({ data: body, disableContainer: true }).replace(
    /href="([^"]*)"/g,
    (_, url: string) => `href="${emailHref(url.replace(/&amp;/g, '&'), utm).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
  )

const videoUrl = (provider: string | null | undefined, id: string) =>
  provider === 'vimeo' ? `https://vimeo.com/${encodeURIComponent(id)}` : `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`

function EmailBlock({ block, context }: { block: ResolvedBlock; context: Context }): ReactElement | null {
  const { locale, utm, strings } = context
  const href = (url: string) => emailHref(url, utm)
  switch (block.blockType) {
    case 'hero':
      return (
        <Section>
          <EmailImage image={media(block.image)} />
          <Heading as="h1" style={styles.h1}>{block.heading}</Heading>
          {block.text ? <Text style={styles.text}>{block.text}</Text> : null}
          {block.link?.url ? <Button href={href(block.link.url)} style={styles.button}>{block.link.label}</Button> : null}
        </Section>
      )
    case 'richText':
      return block.body ? <Section><div style={styles.text} dangerouslySetInnerHTML={{ __html: richTextHtml(block.body, utm) }} /></Section> : null
    case 'mediaBlock': {
      const image = media(block.image)
      const video = block.kind === 'video' && block.video?.videoId ? videoUrl(block.video.provider, block.video.videoId) : null
      return (
        <Section>
          <EmailImage image={image} href={video ?? undefined} />
          {video ? <Text style={styles.text}><Link href={video} style={styles.link}>{block.video?.title || strings.watchVideo}</Link></Text> : null}
          {block.caption ? <Text style={styles.muted}>{block.caption}</Text> : null}
        </Section>
      )
    }
    case 'keyFigures':
      return 'values' in block ? (
        <Section>
          <Heading as="h2" style={styles.h2}>{block.heading || strings.viewFigures}</Heading>
          {block.values.map((figure) => (
            <Row key={figure.metric} style={styles.card}>
              <Column>
                <Text style={styles.figure}>{new Intl.NumberFormat(locale).format(figure.value)}</Text>
                <Text style={styles.muted}>{figure.label || KEY_FIGURE_METRICS[figure.metric][locale]}</Text>
              </Column>
            </Row>
          ))}
        </Section>
      ) : null
    case 'featuredPractices':
      return 'items' in block && block.items.length ? (
        <Section>
          {block.heading ? <Heading as="h2" style={styles.h2}>{block.heading}</Heading> : null}
          {block.items.map((practice) => (
            <Section key={practice.id} style={styles.card}>
              <Heading as="h3" style={styles.h3}><Link href={href(`/${locale}/practices/${practice.slug}`)} style={styles.link}>{practice.title}</Link></Heading>
              {practice.city ? <Text style={styles.muted}>{[practice.city.name, practice.country?.name].filter(Boolean).join(', ')}</Text> : null}
              <Text style={styles.text}>{practice.summary}</Text>
            </Section>
          ))}
        </Section>
      ) : null
    case 'fundingHighlights':
      return 'items' in block && block.items.length ? (
        <Section>
          {block.heading ? <Heading as="h2" style={styles.h2}>{block.heading}</Heading> : null}
          {block.items.map((action) => (
            <Section key={action.id} style={styles.card}>
              <Heading as="h3" style={styles.h3}><Link href={href(`/${locale}/funding/${action.slug}`)} style={styles.link}>{action.title}</Link></Heading>
              <Text style={styles.text}>{action.summary}</Text>
            </Section>
          ))}
        </Section>
      ) : null
    case 'event':
      return 'upcoming' in block && block.upcoming ? (
        <Section>
          <Heading as="h2" style={styles.h2}>{block.heading || block.upcoming.title}</Heading>
          <Text style={styles.muted}>
            {new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: block.upcoming.timeZone }).format(new Date(block.upcoming.startsAt))}
            {block.upcoming.venueName ? ` · ${block.upcoming.venueName}` : ''}
          </Text>
          {block.text ? <Text style={styles.text}>{block.text}</Text> : null}
          <Text style={styles.text}><Link href={href(`/${locale}/events/${block.upcoming.slug}`)} style={styles.link}>{strings.eventMore}</Link></Text>
        </Section>
      ) : null
    case 'quote':
      return (
        <Section style={styles.quote}>
          <Text style={{ ...styles.text, fontSize: '18px', fontStyle: 'italic' }}>“{block.quote}”</Text>
          {block.author ? <Text style={styles.muted}>— {[block.author, block.role].filter(Boolean).join(', ')}</Text> : null}
        </Section>
      )
    case 'cta':
      return (
        <Section style={{ margin: '16px 0' }}>
          {block.heading ? <Heading as="h2" style={styles.h2}>{block.heading}</Heading> : null}
          {block.text ? <Text style={styles.text}>{block.text}</Text> : null}
          {block.link?.url ? <Button href={href(block.link.url)} style={styles.button}>{block.link.label}</Button> : null}
        </Section>
      )
    case 'partners':
      return block.logos?.length ? (
        <Section>
          {block.heading ? <Heading as="h2" style={styles.h2}>{block.heading}</Heading> : null}
          {block.logos.map((partner, index) => {
            const logo = media(partner.logo)
            const src = absoluteAsset(logo?.url)
            const content = src ? <Img src={src} alt={partner.name} width={120} style={{ ...styles.image, display: 'inline-block', margin: '0 12px 12px 0' }} /> : <Text style={styles.text}>{partner.name}</Text>
            return partner.url ? <Link key={partner.id ?? index} href={href(partner.url)}>{content}</Link> : <span key={partner.id ?? index}>{content}</span>
          })}
        </Section>
      ) : null
    default:
      // The sign-up form and FAQ are not newsletter blocks: an e-mail cannot hold them.
      return null
  }
}

export function EmailBlocks({ blocks, context }: { blocks: ResolvedBlock[]; context: Context }) {
  return (
    <>
      {blocks.map((block, index) => (
        <EmailBlock key={block.id ?? index} block={block} context={context} />
      ))}
    </>
  )
}
