import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/fields/slug'
import { localizedOptions, SUB_REGIONS, WORLD_REGIONS } from '@/lib/geography/regions'
import { revalidateDeletedGeography, revalidateGeography } from '@/lib/cache/revalidateGeography'
import { reindexPracticesOfCountry } from '@/lib/practices/searchIndexHooks'

const curators = hasRole('editor')

/** ISO 3166-1 countries with their UN M49 region and the flags eligibility rules use. */
export const Countries: CollectionConfig = {
  slug: 'countries',
  labels: {
    singular: { en: 'Country', fr: 'Pays', es: 'País', pt: 'País' },
    plural: { en: 'Countries', fr: 'Pays', es: 'Países', pt: 'Países' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'region', 'euMember', 'horizonAssociated', 'odaEligible'],
    group: { en: 'Geography and themes', fr: 'Géographie et thèmes', es: 'Geografía y temas', pt: 'Geografia e temas' },
    listSearchableFields: ['name', 'code', 'alpha3'],
  },
  defaultSort: 'name',
  access: {
    read: anyone,
    create: curators,
    update: curators,
    // Deleting a country would orphan its cities; only an admin may.
    delete: isAdmin,
  },
  hooks: {
    afterChange: [reindexPracticesOfCountry.afterChange, revalidateGeography],
    afterDelete: [reindexPracticesOfCountry.afterDelete, revalidateDeletedGeography],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        { name: 'code', label: 'ISO alpha-2', type: 'text', required: true, unique: true, index: true, minLength: 2, maxLength: 2,
          validate: (v: string | null | undefined) => !v || /^[A-Z]{2}$/.test(v) || 'Two capital letters (ISO 3166-1 alpha-2).' },
        { name: 'alpha3', label: 'ISO alpha-3', type: 'text', required: true, unique: true, minLength: 3, maxLength: 3 },
        { name: 'numeric', label: 'ISO numeric', type: 'text', required: true, minLength: 3, maxLength: 3 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'region', type: 'select', required: true, index: true, options: localizedOptions(WORLD_REGIONS) },
        { name: 'subregion', type: 'select', index: true, options: localizedOptions(SUB_REGIONS) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'euMember', label: 'EU Member State', type: 'checkbox', defaultValue: false, index: true },
        { name: 'horizonAssociated', label: 'Horizon Europe Associated Country', type: 'checkbox', defaultValue: false, index: true },
        { name: 'odaEligible', label: 'ODA-eligible (OECD DAC list)', type: 'checkbox', defaultValue: false, index: true },
      ],
    },
    slugField('name', { localized: false }),
  ],
}
