import MarkdownIt, { type Token } from 'markdown-it'

const parser = new MarkdownIt({ html: false, linkify: false })

function collect(tokens: Token[], parts: string[]): void {
  for (const token of tokens) {
    if (token.children) collect(token.children, parts)
    else if (token.type === 'text' || token.type === 'code_inline' || token.type === 'code_block' || token.type === 'fence') parts.push(token.content)
    else if (token.type === 'softbreak' || token.type === 'hardbreak' || token.type.endsWith('_close')) parts.push(' ')
  }
}

/**
 * A post's Markdown as one line of plain text (no markup, no HTML: emails and feeds show it as text),
 * cut at a word boundary near `length` characters.
 */
export function plainExcerpt(markdown: string, length = 280): string {
  const parts: string[] = []
  collect(parser.parse(markdown ?? '', {}), parts)
  const text = parts.join('').replace(/\s+/g, ' ').trim()
  if (text.length <= length) return text
  const cut = text.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`
}
