import { RichText } from '@payloadcms/richtext-lexical/react'

import type { RichTextBlock as RichTextBlockData } from '@/payload-types'

export function RichTextBlock({ body }: RichTextBlockData) {
  return <RichText data={body} className="prose campaign-prose" />
}
