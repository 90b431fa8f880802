import type { Field, GroupField } from 'payload'

/** What search engines and link previews show. Falls back to the title and summary when empty. */
export function seoFields(overrides: Partial<GroupField> = {}): Field {
  return {
    name: 'meta',
    type: 'group',
    label: 'SEO',
    fields: [
      { name: 'title', type: 'text', localized: true, maxLength: 70 },
      { name: 'description', type: 'textarea', localized: true, maxLength: 160 },
      { name: 'image', type: 'upload', relationTo: 'media' },
      {
        name: 'noIndex',
        type: 'checkbox',
        defaultValue: false,
        admin: { description: 'Keep this page out of search engines and the sitemap.' },
      },
    ],
    ...overrides,
  } as GroupField
}
