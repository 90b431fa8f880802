import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/fields/slug'
import { revalidateDeletedGeography, revalidateGeography } from '@/lib/cache/revalidateGeography'
import { reindexPracticesOfTheme } from '@/lib/practices/searchIndexHooks'

const curators = hasRole('editor')

export const THEME_KINDS = [
  { value: 'domain', label: { en: 'Action domain', fr: 'Domaine d’action', es: 'Ámbito de acción', pt: 'Domínio de ação' } },
  { value: 'enabler', label: { en: 'Cross-cutting enabler', fr: 'Levier transversal', es: 'Facilitador transversal', pt: 'Facilitador transversal' } },
]

/** The thematic taxonomy: action domains and cross-cutting enablers (the first level), then the themes. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: {
    singular: { en: 'Theme', fr: 'Thème', es: 'Tema', pt: 'Tema' },
    plural: { en: 'Themes', fr: 'Thèmes', es: 'Temas', pt: 'Temas' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'order'],
    group: { en: 'Geography and themes', fr: 'Géographie et thèmes', es: 'Geografía y temas', pt: 'Geografia e temas' },
  },
  defaultSort: 'order',
  access: {
    read: anyone,
    create: curators,
    update: curators,
    delete: isAdmin,
  },
  hooks: {
    afterChange: [reindexPracticesOfTheme.afterChange, revalidateGeography],
    afterDelete: [reindexPracticesOfTheme.afterDelete, revalidateDeletedGeography],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'kind', type: 'select', required: true, index: true, options: THEME_KINDS },
    { name: 'description', type: 'textarea', localized: true, maxLength: 500 },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    slugField('name', { localized: false }),
  ],
}
