import type { FieldHook, TextField } from 'payload'

export function toSlug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

const fillFrom =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return toSlug(value)
    const source = data?.[sourceField]
    return typeof source === 'string' ? toSlug(source) : value
  }

/** A URL segment, unique in its collection, filled from `sourceField` when left empty. */
export function slugField(sourceField = 'title', overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    required: true,
    maxLength: 80,
    validate: (value: string | null | undefined) =>
      !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || 'Use lowercase letters, digits and hyphens only.',
    hooks: { beforeValidate: [fillFrom(sourceField)] },
    admin: { position: 'sidebar', description: 'The last part of the address. Filled from the title when empty.' },
    ...overrides,
  } as TextField
}
