'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary, type ErrorSummaryItem } from '@/components/submission/ErrorSummary'
import { CheckboxGroup, describedBy, ErrorMessage, type FieldFrame, Select, TextArea, TextInput } from '@/components/submission/FormFields'
import type { CommunityStrings } from '@/i18n/strings/community/en'
import type { ThreadField } from '@/lib/community/posting/types'
import { hasPostFormErrors, initialPostFormState, POST_FORM_FIELDS, type PostFormState, type PostFormValues } from '@/lib/community/posting/formState'

type Option = { value: string; label: string; hint?: string }

export type PostFormMode = 'thread' | 'reply' | 'editOpening' | 'editReply'

type Props = {
  action: (state: PostFormState, form: FormData) => Promise<PostFormState>
  mode: PostFormMode
  initial: Partial<PostFormValues>
  /** Hidden fields: locale, thread or post id. */
  hidden: Record<string, string>
  pageTitle?: string
  submitLabel: string
  bodyLabel: string
  bodyHint: string
  options?: { spaces: Option[]; kinds: Option[]; themes: Option[]; practices: Option[] }
  strings: CommunityStrings['form']
}

/**
 * The thread, reply and edit forms: a client component only for `useActionState`, which also serves
 * the form without JavaScript (the plain POST runs the action and the page comes back with the
 * errors). Every rule is checked on the server by the posting service.
 */
export function PostForm({ action, mode, initial, hidden, pageTitle, submitLabel, bodyLabel, bodyHint, options, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, initialPostFormState(initial))
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasPostFormErrors(state)
  useEffect(() => {
    if (state.attempt > 0 && hasPostFormErrors(state)) summary.current?.focus()
  }, [state])

  const prefix = `post-${mode}`
  const fieldId = (field: ThreadField) => `${prefix}-${field}`
  const frame = (field: ThreadField, label: string, hint?: string, optional = false): FieldFrame => ({
    id: fieldId(field),
    label,
    hint,
    error: state.errors[field],
    errorPrefix: strings.errorTitlePrefix,
    optionalLabel: optional ? strings.optional : undefined,
  })
  const items: ErrorSummaryItem[] = []
  if (state.formError) items.push({ message: state.formError })
  for (const field of POST_FORM_FIELDS) {
    const message = state.errors[field]
    if (message) items.push({ message, href: `#${fieldId(field)}` })
  }
  const v = state.values
  const opening = mode === 'thread' || mode === 'editOpening'
  const kindFrame = frame('kind', strings.kind)

  return (
    <>
      {pageTitle ? <title>{failed ? `${strings.errorTitlePrefix} ${pageTitle}` : pageTitle}</title> : null}
      {failed ? <ErrorSummary ref={summary} title={strings.errorSummaryTitle} items={items} /> : null}
      <form key={state.attempt} className="submission-form community-form" action={formAction} noValidate aria-busy={pending || undefined}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {mode === 'thread' && options ? (
          <>
            <Select frame={frame('space', strings.space)} name="space" value={v.space} choose={strings.chooseSpace} options={options.spaces} />
            <fieldset className={kindFrame.error ? 'field field--error' : 'field'} aria-describedby={describedBy(kindFrame)}>
              <legend className="field__label">{strings.kind}</legend>
              <ErrorMessage {...kindFrame} />
              <ul className="community-form__radios">
                {options.kinds.map((kind, index) => (
                  <li key={kind.value}>
                    <input id={index === 0 ? kindFrame.id : `${kindFrame.id}-${kind.value}`} type="radio" name="kind" value={kind.value} defaultChecked={v.kind === kind.value} aria-describedby={`${kindFrame.id}-${kind.value}-hint`} />
                    <label htmlFor={index === 0 ? kindFrame.id : `${kindFrame.id}-${kind.value}`}>{kind.label}</label>
                    <p className="field__hint" id={`${kindFrame.id}-${kind.value}-hint`}>
                      {kind.hint}
                    </p>
                  </li>
                ))}
              </ul>
            </fieldset>
          </>
        ) : null}
        {opening ? <TextInput frame={frame('title', strings.title, strings.titleHint)} name="title" value={v.title} /> : null}
        <TextArea frame={frame('body', bodyLabel, bodyHint)} name="body" value={v.body} rows={mode === 'reply' ? 6 : 12} />
        <details className="community-form__help">
          <summary>{strings.markdownHelp}</summary>
          <ul>
            {strings.markdownItems.map((item) => (
              <li key={item}>
                <code>{item}</code>
              </li>
            ))}
          </ul>
        </details>
        {opening ? <TextInput frame={frame('tags', strings.tags, strings.tagsHint, true)} name="tags" value={v.tags} /> : null}
        {mode === 'thread' && options ? (
          <>
            {options.practices.length > 0 ? (
              <CheckboxGroup frame={frame('practices', strings.practices, strings.practicesHint, true)} name="practices" values={v.practices} groups={[{ heading: strings.practices, options: options.practices }]} />
            ) : null}
            <TextInput frame={frame('city', strings.city, strings.cityHint, true)} name="city" value={v.city} />
            <CheckboxGroup frame={frame('themes', strings.themes, strings.themesHint, true)} name="themes" values={v.themes} groups={[{ heading: strings.themes, options: options.themes }]} />
          </>
        ) : null}
        <button className="button" type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </form>
    </>
  )
}
