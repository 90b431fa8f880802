import type { Field, GroupField } from 'payload'

/**
 * Fields shared by the campaign and newsletter blocks. The `layout` that holds these blocks is
 * localized as a whole (each language has its own list of blocks, falling back to English), so the
 * fields inside a block are not localized themselves.
 */
export const headingField = (required = false): Field => ({ name: 'heading', type: 'text', maxLength: 160, required })

/** A link: a path on this site (`/en/practices`) or an https address, with its label. */
export function blockLinkField(name = 'link', required = true): GroupField {
  return {
    name,
    type: 'group',
    fields: [
      { name: 'label', type: 'text', maxLength: 80, required },
      {
        name: 'url',
        type: 'text',
        maxLength: 500,
        required,
        validate: (value: string | null | undefined) =>
          !value || /^\/(?!\/)/.test(value) || /^https:\/\/[^\s]+$/.test(value) || 'Use a path on this site (starting with /) or an https:// address.',
        admin: { description: 'A path on this site (e.g. /en/practices) or an https:// address.' },
      },
    ],
  }
}

/** A saved search: the query string of a public search page, as a visitor would build it there. */
export const savedQueryField = (name: string, page: string): Field => ({
  name,
  type: 'text',
  maxLength: 1000,
  admin: {
    description: `The query string of a search on ${page} (e.g. "theme=mobility&region=europe"). Paste it from the address bar.`,
    condition: (_, sibling) => sibling?.mode === 'query',
  },
})

export const limitField = (defaultValue: number, max: number): Field => ({
  name: 'limit',
  type: 'number',
  min: 1,
  max,
  defaultValue,
  admin: { step: 1 },
})
