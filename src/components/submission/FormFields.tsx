import type { ReactNode } from 'react'

/** The parts every field shares: its id, label, hint and error (GOV.UK's field pattern). */
export type FieldFrame = { id: string; label: string; hint?: string; error?: string; errorPrefix: string; optionalLabel?: string }

/** The ids of a field's hint and error, for its control's aria-describedby. */
export const describedBy = ({ id, hint, error }: FieldFrame) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined

export function Hint({ id, hint }: FieldFrame) {
  return hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null
}

export function ErrorMessage({ id, error, errorPrefix }: FieldFrame) {
  return error ? (
    <p className="field__error" id={`${id}-error`}>
      <span className="visually-hidden">{errorPrefix} </span>
      {error}
    </p>
  ) : null
}

function Label({ frame }: { frame: FieldFrame }) {
  return (
    <label className="field__label" htmlFor={frame.id}>
      {frame.label}
      {frame.optionalLabel ? <span className="field__optional"> {frame.optionalLabel}</span> : null}
    </label>
  )
}

function Field({ frame, children }: { frame: FieldFrame; children: ReactNode }) {
  return (
    <div className={frame.error ? 'field field--error' : 'field'}>
      <Label frame={frame} />
      <Hint {...frame} />
      <ErrorMessage {...frame} />
      {children}
    </div>
  )
}

type InputProps = {
  frame: FieldFrame
  name: string
  value: string
  type?: 'text' | 'email'
  autoComplete?: string
  inputMode?: 'decimal' | 'email' | 'text'
  suffix?: string
  width?: 'full' | 'narrow'
}

export function TextInput({ frame, name, value, type = 'text', autoComplete, inputMode, suffix, width = 'full' }: InputProps) {
  const input = (
    <input
      className={`field__input field__input--${width}`}
      id={frame.id}
      name={name}
      type={type}
      defaultValue={value}
      autoComplete={autoComplete}
      inputMode={inputMode}
      spellCheck={type === 'email' ? false : undefined}
      required={!frame.optionalLabel}
      aria-describedby={describedBy(frame)}
      aria-invalid={frame.error ? true : undefined}
    />
  )
  return (
    <Field frame={frame}>
      {suffix ? (
        <div className="field__with-suffix">
          {input}
          <span className="field__suffix">{suffix}</span>
        </div>
      ) : (
        input
      )}
    </Field>
  )
}

/** A free-text answer; its length is checked on the server (a maxlength would cut a pasted text silently). */
export function TextArea({ frame, name, value, rows = 6 }: { frame: FieldFrame; name: string; value: string; rows?: number }) {
  return (
    <Field frame={frame}>
      <textarea
        className="field__textarea"
        id={frame.id}
        name={name}
        rows={rows}
        defaultValue={value}
        required={!frame.optionalLabel}
        aria-describedby={describedBy(frame)}
        aria-invalid={frame.error ? true : undefined}
      />
    </Field>
  )
}

type SelectProps = { frame: FieldFrame; name: string; value: string; choose: string; options: Array<{ value: string; label: string }> }

export function Select({ frame, name, value, choose, options }: SelectProps) {
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

type CheckboxGroupProps = {
  frame: FieldFrame
  name: string
  values: string[]
  groups: Array<{ heading: string; options: Array<{ value: string; label: string }> }>
}

/** Checkboxes in a fieldset; the first box carries the field's id, so the error summary can link to it. */
export function CheckboxGroup({ frame, name, values, groups }: CheckboxGroupProps) {
  const firstValue = groups.find((group) => group.options.length > 0)?.options[0]?.value
  return (
    <fieldset className={frame.error ? 'field field--error' : 'field'} aria-describedby={describedBy(frame)}>
      <legend className="field__label">{frame.label}</legend>
      <Hint {...frame} />
      <ErrorMessage {...frame} />
      {groups.map((group) => (
        <div className="checkboxes__group" key={group.heading} role="group" aria-label={group.heading}>
          <p className="checkboxes__heading" aria-hidden="true">
            {group.heading}
          </p>
          <ul className="checkboxes">
            {group.options.map((option) => {
              const id = option.value === firstValue ? frame.id : `${frame.id}-${option.value}`
              return (
                <li className="checkbox" key={option.value}>
                  <input id={id} name={name} type="checkbox" value={option.value} defaultChecked={values.includes(option.value)} />
                  <label htmlFor={id}>{option.label}</label>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </fieldset>
  )
}

export function Consent({ frame, name, checked }: { frame: FieldFrame; name: string; checked: boolean }) {
  return (
    <div className={frame.error ? 'field field--error' : 'field'}>
      <Hint {...frame} />
      <ErrorMessage {...frame} />
      <div className="checkbox">
        <input
          id={frame.id}
          name={name}
          type="checkbox"
          value="yes"
          defaultChecked={checked}
          required
          aria-describedby={describedBy(frame)}
          aria-invalid={frame.error ? true : undefined}
        />
        <label htmlFor={frame.id}>{frame.label}</label>
      </div>
    </div>
  )
}

/** A field people never see (off screen, out of the tab order); bots that fill every field fill it. */
export function Honeypot({ id, name, label }: { id: string; name: string; label: string }) {
  return (
    <div className="honeypot">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="text" defaultValue="" autoComplete="off" tabIndex={-1} />
    </div>
  )
}
