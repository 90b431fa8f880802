import { serializeJsonLd } from '@/lib/practices/practiceJsonLd'

/** Structured data for search engines, rendered on the server. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
