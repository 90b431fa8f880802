import type { Field } from 'payload'

const story = (name: string, label: string, description?: string): Field => ({
  name,
  label,
  type: 'richText',
  localized: true,
  admin: description ? { description } : undefined,
})

/** The structured template every practice follows. */
export const storyFields: Field[] = [
  story('challenge', 'Challenge', 'The problem the city faced, with the local context.'),
  story('objectives', 'Objectives'),
  story('solution', 'Solution', 'What was done.'),
  {
    name: 'implementation',
    type: 'group',
    fields: [
      {
        name: 'steps',
        type: 'array',
        labels: { singular: 'Step', plural: 'Steps' },
        fields: [
          { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
          { name: 'description', type: 'textarea', localized: true, maxLength: 2000 },
        ],
      },
      { name: 'timeline', type: 'textarea', localized: true, maxLength: 2000 },
      { name: 'stakeholders', label: 'Who was involved', type: 'textarea', localized: true, maxLength: 2000 },
    ],
  },
  story('results', 'Results'),
  story('successFactors', 'Success factors'),
  story('limitingFactors', 'Limiting factors'),
  {
    name: 'replication',
    label: 'Replication guidance',
    type: 'group',
    admin: { description: 'What another city needs to repeat it.' },
    fields: [
      story('guidance', 'Guidance'),
      { name: 'powers', label: 'Powers and mandates needed', type: 'textarea', localized: true, maxLength: 1000 },
      { name: 'budget', label: 'Budget needed', type: 'textarea', localized: true, maxLength: 1000 },
      { name: 'partners', label: 'Partners needed', type: 'textarea', localized: true, maxLength: 1000 },
      { name: 'time', label: 'Time needed', type: 'textarea', localized: true, maxLength: 1000 },
    ],
  },
]
