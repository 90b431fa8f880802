import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { slugField } from '@/fields/slug'
import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'

const communications = hasRole('communications', 'editor')

/** Categories of news items (e.g. Milestones, Stories, Announcements), a filter on /news. */
export const NewsCategories: CollectionConfig = {
  slug: 'news-categories',
  labels: {
    singular: { en: 'News category', fr: 'Catégorie d’actualité', es: 'Categoría de noticias', pt: 'Categoria de notícias' },
    plural: { en: 'News categories', fr: 'Catégories d’actualité', es: 'Categorías de noticias', pt: 'Categorias de notícias' },
  },
  admin: { useAsTitle: 'title', group: { en: 'Communications', fr: 'Communication', es: 'Comunicación', pt: 'Comunicação' } },
  access: { read: anyone, create: communications, update: communications, delete: communications },
  hooks: {
    afterChange: [({ doc, context, req }) => (revalidate([cacheTags.news], { context, req }), doc)],
    afterDelete: [({ doc, context, req }) => (revalidate([cacheTags.news], { context, req }), doc)],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 80 },
    slugField('title'),
  ],
}
