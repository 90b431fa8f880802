import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/fields/slug'
import { revalidateDeletedGeography, revalidateGeography } from '@/lib/cache/revalidateGeography'
import { reindexPracticesOfCity } from '@/lib/practices/searchIndexHooks'
import { CITY_NETWORKS } from './networks'

const curators = hasRole('editor')
const group = { en: 'Geography and themes', fr: 'Géographie et thèmes', es: 'Geografía y temas', pt: 'Geografia e temas' }

export const Cities: CollectionConfig = {
  slug: 'cities',
  labels: {
    singular: { en: 'City', fr: 'Ville', es: 'Ciudad', pt: 'Cidade' },
    plural: { en: 'Cities', fr: 'Villes', es: 'Ciudades', pt: 'Cidades' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'population', 'missionCity', 'targetYear'],
    group,
    listSearchableFields: ['name', 'slug'],
  },
  defaultSort: 'name',
  access: {
    read: anyone,
    create: curators,
    update: curators,
    delete: isAdmin,
  },
  hooks: {
    afterChange: [reindexPracticesOfCity.afterChange, revalidateGeography],
    afterDelete: [reindexPracticesOfCity.afterDelete, revalidateDeletedGeography],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'country', type: 'relationship', relationTo: 'countries', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', required: true, min: -90, max: 90 },
        { name: 'longitude', type: 'number', required: true, min: -180, max: 180 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'population', type: 'number', min: 0, index: true },
        { name: 'populationYear', type: 'number', min: 1900, max: 2100 },
      ],
    },
    {
      name: 'missionCity',
      label: { en: 'EU Mission city', fr: 'Ville de la Mission européenne', es: 'Ciudad de la Misión de la UE', pt: 'Cidade da Missão da UE' },
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'One of the 112 cities selected in 2022 for the EU Mission for Climate-Neutral and Smart Cities.' },
    },
    {
      name: 'targetYear',
      label: { en: 'Climate-neutrality target year', fr: 'Année cible de neutralité climatique', es: 'Año objetivo de neutralidad climática', pt: 'Ano-alvo da neutralidade climática' },
      type: 'number',
      min: 2020,
      max: 2100,
    },
    {
      name: 'baselineEmissions',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'tonnes', label: 'tCO2e per year', type: 'number', min: 0 },
            { name: 'year', type: 'number', min: 1990, max: 2100 },
          ],
        },
      ],
    },
    { name: 'networks', type: 'select', hasMany: true, options: CITY_NETWORKS },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'geonameId',
      type: 'number',
      index: true,
      admin: { position: 'sidebar', description: 'GeoNames id, when the city came from the registry.' },
    },
    slugField('name', { localized: false }),
  ],
}
