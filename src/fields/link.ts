import type { GroupField } from 'payload'

/** A link to one of our pages or to an address, with a localized label. */
export function linkField(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'link',
    type: 'group',
    fields: [
      { name: 'label', type: 'text', required: true, localized: true, maxLength: 80 },
      {
        name: 'type',
        type: 'radio',
        defaultValue: 'path',
        options: [
          { label: 'A page of this site', value: 'page' },
          { label: 'A path or address', value: 'path' },
        ],
      },
      {
        name: 'page',
        type: 'relationship',
        relationTo: 'pages',
        admin: { condition: (_, sibling) => sibling?.type === 'page' },
      },
      {
        name: 'url',
        type: 'text',
        maxLength: 500,
        admin: {
          condition: (_, sibling) => sibling?.type !== 'page',
          description: 'A path inside the portal without the language (e.g. /practices) or a full https:// address.',
        },
        validate: (value: string | null | undefined, { siblingData }: { siblingData: { type?: string } }) => {
          if (siblingData?.type === 'page') return true
          if (!value) return 'Give a path or an address.'
          return /^(\/[^\s]*|https?:\/\/[^\s]+|mailto:[^\s]+)$/.test(value) || 'Start with /, https:// or mailto:.'
        },
      },
    ],
    ...overrides,
  } as GroupField
}
