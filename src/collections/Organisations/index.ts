import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { validateUrl } from '@/fields/impact'
import { slugField } from '@/fields/slug'
import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { syncFundingOfOrganisation } from '@/lib/funding/index/syncFunding'
import { ORGANISATION_TYPES } from '@/lib/funding/options'
import { localizedOptions } from '@/lib/geography/regions'

const curators = hasRole('editor')
const tags = [cacheTags.organisations, cacheTags.funding, cacheTags.practices]

const afterChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  await syncFundingOfOrganisation(req.payload, doc.id, req)
  revalidate(tags, { context, req })
  return doc
}
const afterDelete: CollectionAfterDeleteHook = async ({ id, doc, req, context }) => {
  await syncFundingOfOrganisation(req.payload, id, req)
  revalidate(tags, { context, req })
  return doc
}

/** Funders, agencies, development banks, networks and partners: providers of funding actions and partners of practices. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { en: 'Organisation', fr: 'Organisation', es: 'Organización', pt: 'Organização' },
    plural: { en: 'Organisations', fr: 'Organisations', es: 'Organizaciones', pt: 'Organizações' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'acronym', 'type', 'country', 'updatedAt'],
    group: { en: 'Funding', fr: 'Financement', es: 'Financiación', pt: 'Financiamento' },
    listSearchableFields: ['name', 'acronym'],
  },
  defaultSort: 'name',
  // Public reference data: every field is meant to be shown.
  access: { read: anyone, create: curators, update: curators, delete: isAdmin },
  hooks: { afterChange: [afterChange], afterDelete: [afterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'acronym', type: 'text', maxLength: 30 },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          index: true,
          options: localizedOptions(ORGANISATION_TYPES),
        },
        { name: 'country', type: 'relationship', relationTo: 'countries', index: true },
      ],
    },
    { name: 'website', type: 'text', maxLength: 500, validate: validateUrl },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000 },
    slugField('name', { localized: false }),
    {
      name: 'isDemo',
      label: { en: 'Demo content', fr: 'Contenu de démonstration', es: 'Contenido de demostración', pt: 'Conteúdo de demonstração' },
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', readOnly: true, description: 'Created by the demo seed; check before relying on it.' },
    },
  ],
}
