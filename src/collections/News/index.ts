import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { previewPath } from '@/lib/preview/previewPath'
import { revalidateDeletedNews, revalidateNews } from './hooks/revalidateNews'

const communications = hasRole('communications', 'editor')

/** News and milestones, at /{locale}/news, with an Atom feed per language. */
export const News: CollectionConfig = {
  slug: 'news',
  labels: {
    singular: { en: 'News item', fr: 'Actualité', es: 'Noticia', pt: 'Notícia' },
    plural: { en: 'News', fr: 'Actualités', es: 'Noticias', pt: 'Notícias' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', 'categories', '_status', 'updatedAt'],
    group: { en: 'Communications', fr: 'Communication', es: 'Comunicación', pt: 'Comunicação' },
    livePreview: {
      url: ({ data, locale }) => previewPath({ collection: 'news', slug: data?.slug, locale: locale?.code }),
    },
    preview: (data, { locale }) => previewPath({ collection: 'news', slug: data?.slug as string, locale }),
  },
  defaultSort: '-publishedAt',
  access: {
    read: publishedOrStaff,
    readVersions: communications,
    create: communications,
    update: communications,
    delete: communications,
  },
  versions: {
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    afterChange: [revalidateNews],
    afterDelete: [revalidateDeletedNews],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300, required: true },
    { name: 'hero', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', localized: true, required: true },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Shown as the date of the item; empty: set when first published.' },
      hooks: {
        beforeChange: [({ value, siblingData }) => value ?? (siblingData?._status === 'published' ? new Date().toISOString() : value)],
      },
    },
    { name: 'categories', type: 'relationship', relationTo: 'news-categories', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'authors',
      type: 'array',
      maxRows: 6,
      admin: { description: 'Shown with the item. Names only: no staff account is exposed.' },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120 },
        { name: 'role', type: 'text', localized: true, maxLength: 160 },
      ],
    },
    {
      type: 'collapsible',
      label: 'Related',
      fields: [
        { name: 'relatedPractices', type: 'relationship', relationTo: 'practices', hasMany: true, maxRows: 12 },
        { name: 'relatedCities', type: 'relationship', relationTo: 'cities', hasMany: true, maxRows: 12 },
        { name: 'relatedCampaigns', type: 'relationship', relationTo: 'campaigns', hasMany: true, maxRows: 6 },
      ],
    },
    seoFields(),
    slugField('title'),
  ],
}
