import type { ContentBlock } from '@/payload-types'

/** Lexical rich text made of plain paragraphs, for seeding, typed as the field Payload stores. */
export function paragraphs(...texts: string[]): ContentBlock['body'] {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: texts.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  }
}
