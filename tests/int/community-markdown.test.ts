import { countLinks, isSafeHref, renderMarkdown } from '@/lib/community/markdown'

const ALLOWED_TAGS = new Set(['p', 'br', 'hr', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'rel', 'start', 'align'])

/**
 * What a browser would act on in the output: every element and attribute, read the way a parser
 * would (the sanitizer escapes quotes and angle brackets inside attribute values and text).
 */
function dangersIn(html: string): string[] {
  const dangers: string[] = []
  for (const [, name, attributes] of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    if (!ALLOWED_TAGS.has(name.toLowerCase())) dangers.push(`element <${name}>`)
    for (const [, attribute, value] of attributes.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) {
      if (!ALLOWED_ATTRIBUTES.has(attribute.toLowerCase())) dangers.push(`attribute ${attribute}`)
      if (attribute === 'href' && value !== undefined) {
        const url = value.replace(/&amp;/g, '&').replace(/&#x?[0-9a-f]+;/gi, '').replace(/[\u0000-\u0020]/g, '')
        if (!/^(https?:|mailto:|\/(?!\/)|#|\?)/i.test(url) && /^[a-z][a-z0-9+.-]*:/i.test(url)) dangers.push(`href ${value}`)
        if (/^(\/\/|\\)/.test(url)) dangers.push(`protocol-relative href ${value}`)
      }
    }
  }
  return dangers
}

// OWASP XSS filter evasion cheat sheet, in the shapes a member could type into a post.
const VECTORS: Array<[string, string]> = [
  ['script element', '<script>alert(1)</script>'],
  ['script split over lines', '<scr\nipt>alert(1)</scr\nipt>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror without quotes or spaces', '<img/src="x"/onerror=alert(1)>'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg with script', '<svg><script>alert(1)</script></svg>'],
  ['iframe javascript src', '<iframe src="javascript:alert(1)"></iframe>'],
  ['anchor with javascript href', '<a href="javascript:alert(1)">click</a>'],
  ['markdown link to javascript:', '[click](javascript:alert(1))'],
  ['markdown link, mixed case', '[click](JaVaScRiPt:alert(1))'],
  ['markdown link, tab inside the scheme', '[click](jav&#x09;ascript:alert(1))'],
  ['markdown link, decimal entities', '[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))'],
  ['markdown link, hex entities without semicolons', '[click](&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1))'],
  ['markdown link, percent-encoded newline', '[click](java%0ascript:alert(1))'],
  ['markdown link, leading spaces and control characters', '[click]( \u0001javascript:alert(1))'],
  ['reference-style link to javascript:', '[click][x]\n\n[x]: javascript:alert(1)'],
  ['autolink to javascript:', '<javascript:alert(1)>'],
  ['data: URL link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data: URL image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['image with javascript src', '![x](javascript:alert(1))'],
  ['vbscript link', '[click](vbscript:msgbox(1))'],
  ['file link', '[click](file:///etc/passwd)'],
  ['protocol-relative link with a backslash', '[click](/\\evil.example/x)'],
  ['link title breaking out of its quotes', '[click](https://example.org "a\\" onmouseover=\\"alert(1)")'],
  ['link title with angle brackets', "[click](https://example.org 'x\"><script>alert(1)</script>')"],
  ['style element', '<style>body{background:url("javascript:alert(1)")}</style>'],
  ['CSS expression in a style attribute', '<div style="width: expression(alert(1))">x</div>'],
  ['object element', '<object data="javascript:alert(1)"></object>'],
  ['embed element', '<embed src="data:text/html,<script>alert(1)</script>">'],
  ['math element with a link', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>'],
  ['form with javascript action', '<form action="javascript:alert(1)"><button>go</button></form>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['body onload', '<body onload=alert(1)>'],
  ['HTML comment hiding a script', '<!--<script>-->alert(1)<!--</script>-->'],
  ['inline HTML inside emphasis', '*<img src=x onerror=alert(1)>*'],
  ['HTML inside a link text', '[<img src=x onerror=alert(1)>](https://example.org)'],
  ['code span escape attempt', '`</code><script>alert(1)</script>`'],
]

describe('a member’s Markdown', () => {
  it.each(VECTORS)('renders %s inert', (_name, source) => {
    const html = renderMarkdown(source)
    expect(dangersIn(html)).toEqual([])
    expect(html).not.toMatch(/<(script|style|iframe|object|embed|svg|math|form|img|base|meta|details|body|div)\b/i)
    // Attribute by attribute inside real tags (text is escaped: a "<" in the output always opens a tag).
    expect(html).not.toMatch(/<[a-z0-9]+(\s+[a-z]+="[^"]*")*\s+on[a-z]+=/i)
    expect(html).not.toMatch(/<[a-z0-9]+(\s+[a-z]+="[^"]*")*\s+href="\s*(javascript|vbscript|data|file):/i)
  })

  it('has at least twenty classic vectors', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(20)
  })

  it('still renders emphasis, lists, code, quotes and links', () => {
    const html = renderMarkdown('Some *emphasis* and **strong** text.\n\n- one\n- two\n\n1. first\n\n> quoted\n\n```\nconst x = 1 < 2\n```\n\nSee [the report](https://example.org/report) or `inline <code>`.')
    expect(html).toContain('<em>emphasis</em>')
    expect(html).toContain('<strong>strong</strong>')
    expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>')
    expect(html).toContain('<ol>')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<pre><code>const x = 1 &lt; 2\n</code></pre>')
    expect(html).toContain('<code>inline &lt;code&gt;</code>')
    expect(html).toContain('<a rel="nofollow ugc noopener" href="https://example.org/report">the report</a>')
  })

  it('marks every link nofollow ugc noopener, never opens a new window, and keeps mailto and relative links', () => {
    const html = renderMarkdown('https://example.org, [mail](mailto:a@example.org), [here](/en/practices) and <https://example.net>')
    expect(html.match(/<a /g)).toHaveLength(4)
    expect(html.match(/rel="nofollow ugc noopener"/g)).toHaveLength(4)
    expect(html).not.toContain('target=')
    expect(html).toContain('href="mailto:a@example.org"')
    expect(html).toContain('href="/en/practices"')
  })

  it('shows images as links to https images only, never as <img>', () => {
    expect(renderMarkdown('![A chart](https://example.org/chart.png)')).toBe('<p><a rel="nofollow ugc noopener" href="https://example.org/chart.png">A chart</a></p>\n')
    expect(renderMarkdown('![A chart](http://example.org/chart.png)')).toBe('<p>A chart</p>\n')
  })

  it('demotes headings below the page’s own', () => {
    expect(renderMarkdown('# Big\n\n## Smaller\n\n###### Least')).toBe('<h3>Big</h3>\n<h4>Smaller</h4>\n<h6>Least</h6>\n')
  })

  it('counts written links, autolinks, bare URLs and images for the link limit', () => {
    expect(countLinks('no links here')).toBe(0)
    expect(countLinks('[a](https://a.example) <https://b.example> https://c.example ![d](https://d.example/x.png)')).toBe(4)
    expect(countLinks('`https://in-code.example`')).toBe(0)
  })

  it('judges link targets as a browser reads them', () => {
    expect(isSafeHref('https://example.org')).toBe(true)
    expect(isSafeHref('/relative?x=1#y')).toBe(true)
    expect(isSafeHref('jav\tascript:alert(1)')).toBe(false)
    expect(isSafeHref('java%0Ascript:alert(1)')).toBe(false)
    expect(isSafeHref('//evil.example')).toBe(false)
  })
})
