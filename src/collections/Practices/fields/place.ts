import type { Field } from 'payload'

export const SCALES = [
  { value: 'neighbourhood', label: { en: 'Neighbourhood', fr: 'Quartier', es: 'Barrio', pt: 'Bairro' } },
  { value: 'city', label: { en: 'City', fr: 'Ville', es: 'Ciudad', pt: 'Cidade' } },
  { value: 'metropolitan', label: { en: 'Metropolitan', fr: 'Métropole', es: 'Metropolitana', pt: 'Metropolitana' } },
  { value: 'regional', label: { en: 'Regional', fr: 'Régionale', es: 'Regional', pt: 'Regional' } },
]

export const IMPLEMENTATION_STATUSES = [
  { value: 'planned', label: { en: 'Planned', fr: 'Prévu', es: 'Previsto', pt: 'Previsto' } },
  { value: 'ongoing', label: { en: 'Ongoing', fr: 'En cours', es: 'En curso', pt: 'Em curso' } },
  { value: 'completed', label: { en: 'Completed', fr: 'Terminé', es: 'Finalizado', pt: 'Concluído' } },
]

export const placeFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'leadCity', type: 'relationship', relationTo: 'cities', index: true },
      {
        name: 'leadOrganisation',
        type: 'text',
        maxLength: 200,
        admin: { description: 'The organisation that led the practice (e.g. the city administration or agency). Evaluators from it cannot evaluate the practice.' },
      },
    ],
  },
  { name: 'otherLocations', label: 'Further locations', type: 'relationship', relationTo: 'cities', hasMany: true },
  {
    type: 'row',
    fields: [
      { name: 'scale', type: 'select', options: SCALES },
      { name: 'implementationStatus', type: 'select', index: true, options: IMPLEMENTATION_STATUSES },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'startYear', label: 'Implementation start (year)', type: 'number', min: 1950, max: 2100 },
      { name: 'endYear', label: 'Implementation end (year)', type: 'number', min: 1950, max: 2100 },
    ],
  },
  { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true, index: true },
]
