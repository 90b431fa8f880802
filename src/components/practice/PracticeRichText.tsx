import type { SerializedHeadingNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'

import type { Locale } from '@/i18n/locales'
import type { RichTextValue } from '@/lib/practices/practiceView'

const PATHS: Record<string, string> = { practices: '/practices/', cities: '/cities/', countries: '/countries/', pages: '/' }

/** Where an internal link in the story points: the public page of the linked document. */
function internalHref(locale: Locale) {
  return ({ linkNode }: { linkNode: SerializedLinkNode }): string => {
    const doc = linkNode.fields.doc
    const value = doc?.value
    const slug = value && typeof value === 'object' && 'slug' in value && typeof value.slug === 'string' ? value.slug : null
    const prefix = doc ? PATHS[doc.relationTo] : undefined
    return slug && prefix ? `/${locale}${prefix}${slug}` : `/${locale}`
  }
}

const DEMOTED = { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6', h6: 'h6' } as const

/** Headings inside a section sit below the section's own h2, whatever level the editor chose. */
const headingConverter = {
  heading: ({ node, nodesToJSX }: { node: SerializedHeadingNode; nodesToJSX: (args: { nodes: SerializedHeadingNode['children'] }) => React.ReactNode[] }) => {
    const Tag = DEMOTED[node.tag] ?? 'h3'
    return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
  },
}

/** A rich text field of a practice, rendered on the server: no JavaScript reaches the browser. */
export function PracticeRichText({ data, locale }: { data: RichTextValue | null; locale: Locale }) {
  if (!data) return null
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref: internalHref(locale) }),
    ...headingConverter,
  })
  return <RichText data={data} converters={converters} className="prose practice-prose" />
}

/** True when a rich text field holds any text: an empty editor still stores an empty paragraph. */
export function hasRichText(data: RichTextValue | null): data is RichTextValue {
  const hasText = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const { text, children, type } = node as { text?: unknown; children?: unknown; type?: unknown }
    if (typeof text === 'string' && text.trim()) return true
    if (type === 'upload' || type === 'horizontalrule') return true
    return Array.isArray(children) && children.some(hasText)
  }
  return Boolean(data && hasText(data.root))
}
