import type { ReactNode } from 'react'

import type { FieldFrame } from '@/components/submission/FormFields'

/** The registration form's fields that the submission form's set lacks: optional selects and text areas, and radios. */

const describedBy = ({ id, hint, error }: FieldFrame) => [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined

function FrameParts({ frame }: { frame: FieldFrame }) {
  return (
    <>
      {frame.hint ? (
        <p className="field__hint" id={`${frame.id}-hint`}>
          {frame.hint}
        </p>
      ) : null}
      {frame.error ? (
        <p className="field__error" id={`${frame.id}-error`}>
          <span className="visually-hidden">{frame.errorPrefix} </span>
          {frame.error}
        </p>
      ) : null}
    </>
  )
}

function Field({ frame, children }: { frame: FieldFrame; children: ReactNode }) {
  return (
    <div className={frame.error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={frame.id}>
        {frame.label}
        {frame.optionalLabel ? <span className="field__optional"> {frame.optionalLabel}</span> : null}
      </label>
      <FrameParts frame={frame} />
      {children}
    </div>
  )
}

type Option = { value: string; label: string }

export function ChoiceSelect({ frame, name, value, choose, options }: { frame: FieldFrame; name: string; value: string; choose: string; options: Option[] }) {
  return (
    <Field frame={frame}>
      <select
        className="field__select"
        id={frame.id}
        name={name}
        defaultValue={value}
        required={!frame.optionalLabel}
        aria-describedby={describedBy(frame)}
        aria-invalid={frame.error ? true : undefined}
      >
        <option value="">{choose}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  )
}

/** A free-text answer; its length is checked on the server (a maxlength would cut a pasted text silently). */
export function NotesArea({ frame, name, value }: { frame: FieldFrame; name: string; value: string }) {
  return (
    <Field frame={frame}>
      <textarea
        className="field__textarea event-registration__notes"
        id={frame.id}
        name={name}
        rows={3}
        defaultValue={value}
        required={!frame.optionalLabel}
        aria-describedby={describedBy(frame)}
        aria-invalid={frame.error ? true : undefined}
      />
    </Field>
  )
}

type RadioOption = Option & { hint?: string }

/** Radios in a fieldset; the first carries the field's id, so the error summary can link to it. */
export function Radios({ frame, name, value, options }: { frame: FieldFrame; name: string; value: string; options: RadioOption[] }) {
  return (
    <fieldset className={frame.error ? 'field field--error' : 'field'} aria-describedby={describedBy(frame)}>
      <legend className="field__label">{frame.label}</legend>
      <FrameParts frame={frame} />
      <ul className="radios">
        {options.map((option, index) => {
          const id = index === 0 ? frame.id : `${frame.id}-${option.value}`
          return (
            <li className="radio" key={option.value}>
              <input
                id={id}
                name={name}
                type="radio"
                value={option.value}
                defaultChecked={value === option.value}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
              />
              <label htmlFor={id}>{option.label}</label>
              {option.hint ? (
                <p className="radio__hint" id={`${id}-hint`}>
                  {option.hint}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
