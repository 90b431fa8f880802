import type { ThreadField } from './types'

/** What the thread, reply and edit forms send, as typed (strings), to be shown again on error. */
export type PostFormValues = {
  space: string
  kind: string
  title: string
  body: string
  tags: string
  practices: string[]
  city: string
  themes: string[]
}

export type PostFormState = {
  values: PostFormValues
  /** Localized messages, per field. */
  errors: Partial<Record<ThreadField, string>>
  /** A refusal that is not about one field (daily limit, sanction, locked thread…). */
  formError: string | null
  attempt: number
}

export const POST_FORM_FIELDS: ThreadField[] = ['space', 'kind', 'title', 'body', 'tags', 'practices', 'city', 'themes']

export const emptyPostValues = (values: Partial<PostFormValues> = {}): PostFormValues => ({
  space: '',
  kind: 'question',
  title: '',
  body: '',
  tags: '',
  practices: [],
  city: '',
  themes: [],
  ...values,
})

export const initialPostFormState = (values: Partial<PostFormValues> = {}): PostFormState => ({ values: emptyPostValues(values), errors: {}, formError: null, attempt: 0 })

export const hasPostFormErrors = (state: PostFormState): boolean => Boolean(state.formError) || Object.keys(state.errors).length > 0

const text = (form: FormData, name: string, max: number): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.slice(0, max) : ''
}

export function readPostForm(form: FormData): PostFormValues {
  const all = (name: string) => form.getAll(name).filter((value): value is string => typeof value === 'string').slice(0, 20)
  return {
    space: text(form, 'space', 20),
    kind: text(form, 'kind', 20),
    title: text(form, 'title', 400),
    body: text(form, 'body', 40000),
    tags: text(form, 'tags', 400),
    practices: all('practices'),
    city: text(form, 'city', 200).trim(),
    themes: all('themes'),
  }
}

/** "heat pumps, social housing" → ["heat pumps", "social housing"]. */
export const splitTags = (value: string): string[] =>
  value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)
