import type { Practice } from '@/payload-types'

type RichText = NonNullable<Practice['challenge']>

const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' })

/**
 * What a submitter typed in a text area, as the Lexical rich text the practice stores: a blank line
 * starts a paragraph, a single line break stays a line break. Nothing they type is read as markup.
 */
export function plainTextToRichText(text: string): RichText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: paragraph
          .split('\n')
          .flatMap((line, index) => (index === 0 ? [textNode(line)] : [{ type: 'linebreak', version: 1 }, textNode(line)])),
      })),
    },
  }
}
