import MarkdownIt from 'markdown-it'
import sanitizeHtml from 'sanitize-html'

/**
 * Members' Markdown becomes HTML in two walls. First markdown-it with raw HTML off (an `<img>` typed
 * in a post is shown as text) and its own link validation; then an allow-list sanitizer that keeps
 * only plain text formatting, so a parser bug cannot let markup through. Links may go to http, https,
 * mailto or a relative path only, and carry rel="nofollow ugc noopener". Images are never shown:
 * `![alt](https://…)` becomes a link to the image (no tracking pixels, no layout tricks). Headings are
 * demoted so a post never competes with the page's own h1/h2.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false })

const SAFE_PROTOCOL = /^(https?:|mailto:)/i
const HAS_PROTOCOL = /^[a-z][a-z0-9+.-]*:/i

/** A link target we keep: http(s), mailto, or relative (a path, a query, an anchor). */
export function isSafeHref(href: string): boolean {
  return [href, decoded(href)].every((candidate) => {
    // Browsers ignore tabs, newlines and control characters in a URL's scheme ("jav\tascript:").
    const compact = candidate.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/\\/g, '/')
    if (compact.startsWith('//')) return false
    return SAFE_PROTOCOL.test(compact) || !HAS_PROTOCOL.test(compact)
  })
}

/** markdown-it percent-encodes links before validating them: judge the decoded form too. */
function decoded(href: string): string {
  try {
    return decodeURIComponent(href)
  } catch {
    return href.replace(/%[0-9a-f]{2}/gi, '')
  }
}

markdown.validateLink = (url: string) => isSafeHref(url)

markdown.renderer.rules.image = (tokens, index) => {
  const token = tokens[index]
  const src = String(token.attrGet('src') ?? '')
  const alt = markdown.utils.escapeHtml(token.content || src)
  if (!/^https:/i.test(src)) return alt
  return `<a href="${markdown.utils.escapeHtml(src)}">${alt}</a>`
}

markdown.renderer.rules.heading_open = (tokens, index) => `<${demote(tokens[index].tag)}>`
markdown.renderer.rules.heading_close = (tokens, index) => `</${demote(tokens[index].tag)}>\n`

function demote(tag: string): string {
  const level = Number(tag.slice(1))
  return `h${Math.min(6, Math.max(3, level + 2))}`
}

const LINK_REL = 'nofollow ugc noopener'

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href && isSafeHref(attribs.href) ? attribs.href : undefined
      const attributes: Record<string, string> = { rel: LINK_REL }
      if (href) attributes.href = href
      if (attribs.title) attributes.title = attribs.title
      return { tagName, attribs: attributes }
    },
  },
}

/** Safe HTML of a member's Markdown: the only HTML a community page puts in dangerouslySetInnerHTML. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source ?? ''), sanitizeOptions)
}

/** How many links a post holds (written links, autolinks and bare URLs), for the per-post link limit. */
export function countLinks(source: string): number {
  const tokens = markdown.parse(source ?? '', {})
  let links = 0
  for (const block of tokens) {
    for (const token of block.children ?? []) if (token.type === 'link_open' || token.type === 'image') links += 1
  }
  return links
}
