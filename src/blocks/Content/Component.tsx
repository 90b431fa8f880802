import { RichText } from '@payloadcms/richtext-lexical/react'

import type { ContentBlock as ContentBlockData } from '@/payload-types'

export function ContentBlock({ body }: ContentBlockData) {
  return <RichText data={body} className="prose" />
}
