import { describedBy, ErrorMessage, type FieldFrame, Hint } from '@/components/submission/FormFields'

type Props = { frame: FieldFrame; values: string[]; options: Array<{ value: string; label: string }> }

/** The languages a member speaks: a fieldset of checkboxes in columns (the first carries the field's id). */
export function LanguageChoices({ frame, values, options }: Props) {
  return (
    <fieldset className={frame.error ? 'field field--error' : 'field'} aria-describedby={describedBy(frame)}>
      <legend className="field__label">
        {frame.label}
        {frame.optionalLabel ? <span className="field__optional"> {frame.optionalLabel}</span> : null}
      </legend>
      <Hint {...frame} />
      <ErrorMessage {...frame} />
      <ul className="checkboxes members-languages">
        {options.map((option, index) => {
          const id = index === 0 ? frame.id : `${frame.id}-${option.value}`
          return (
            <li className="checkbox" key={option.value}>
              <input id={id} name="languages" type="checkbox" value={option.value} defaultChecked={values.includes(option.value)} />
              <label htmlFor={id}>
                {option.label}
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
