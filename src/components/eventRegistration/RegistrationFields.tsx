import { describedBy, ErrorMessage, type FieldFrame, Hint } from '@/components/submission/FormFields'

/** The registration form's one field that the submission form's set lacks: radios. */

type Option = { value: string; label: string }

type RadioOption = Option & { hint?: string }

/** Radios in a fieldset; the first carries the field's id, so the error summary can link to it. */
export function Radios({ frame, name, value, options }: { frame: FieldFrame; name: string; value: string; options: RadioOption[] }) {
  return (
    <fieldset className={frame.error ? 'field field--error' : 'field'} aria-describedby={describedBy(frame)}>
      <legend className="field__label">{frame.label}</legend>
      <Hint {...frame} />
      <ErrorMessage {...frame} />
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
