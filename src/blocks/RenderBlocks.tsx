import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { CallToActionBlock } from './CallToAction/Component'
import { ContentBlock } from './Content/Component'

type Blocks = NonNullable<Page['layout']>

/** One component per block type; an unknown block renders nothing rather than breaking the page. */
export function RenderBlocks({ blocks, locale }: { blocks: Blocks; locale: Locale }) {
  return (
    <>
      {blocks.map((block, index) => {
        const key = block.id ?? `${block.blockType}-${index}`
        switch (block.blockType) {
          case 'content':
            return <ContentBlock key={key} {...block} />
          case 'callToAction':
            return <CallToActionBlock key={key} {...block} locale={locale} />
          default:
            return null
        }
      })}
    </>
  )
}
