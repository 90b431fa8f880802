import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { CallToActionBlock } from '@/blocks/CallToAction/config'
import { ContentBlock } from '@/blocks/Content/config'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { previewPath } from '@/lib/preview/previewPath'
import { revalidateDeletedPage, revalidatePage } from './hooks/revalidatePage'

const editors = hasRole('editor', 'communications')

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: { en: 'Page', fr: 'Page', es: 'Página', pt: 'Página' },
    plural: { en: 'Pages', fr: 'Pages', es: 'Páginas', pt: 'Páginas' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    livePreview: {
      url: ({ data, locale }) => previewPath({ collection: 'pages', slug: data?.slug, locale: locale?.code }),
    },
    preview: (data, { locale }) => previewPath({ collection: 'pages', slug: data?.slug as string, locale }),
  },
  access: {
    read: publishedOrStaff,
    readVersions: editors,
    create: editors,
    update: editors,
    delete: editors,
  },
  versions: {
    drafts: { autosave: { interval: 1000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    afterChange: [revalidatePage],
    afterDelete: [revalidateDeletedPage],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'layout', type: 'blocks', blocks: [ContentBlock, CallToActionBlock] },
    seoFields(),
    slugField('title'),
  ],
}
