import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { moderators } from '@/access/moderators'
import { slugField } from '@/fields/slug'
import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { SPACE_KINDS } from '@/lib/community/options'
import { localizedOptions, WORLD_REGIONS } from '@/lib/geography/regions'

/** Where the community talks: one space per theme and one per world region, run by moderators. */
export const CommunitySpaces: CollectionConfig = {
  slug: 'community-spaces',
  labels: {
    singular: { en: 'Community space', fr: 'Espace de la communauté', es: 'Espacio de la comunidad', pt: 'Espaço da comunidade' },
    plural: { en: 'Community spaces', fr: 'Espaces de la communauté', es: 'Espacios de la comunidad', pt: 'Espaços da comunidade' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'order'],
    group: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' },
  },
  defaultSort: 'order',
  access: { read: anyone, create: moderators, update: moderators, delete: isAdmin },
  hooks: {
    afterChange: [({ doc, req, context }) => (revalidate([cacheTags.community], { context, req }), doc)],
    afterDelete: [({ doc, req, context }) => (revalidate([cacheTags.community], { context, req }), doc)],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 500 },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, index: true, options: localizedOptions(SPACE_KINDS) },
        { name: 'theme', type: 'relationship', relationTo: 'themes', admin: { condition: (data) => data?.kind === 'theme' } },
        { name: 'region', type: 'select', options: localizedOptions(WORLD_REGIONS), admin: { condition: (data) => data?.kind === 'region' } },
      ],
    },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    slugField('title', { localized: false }),
  ],
}
