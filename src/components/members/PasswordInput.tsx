import { describedBy, ErrorMessage, type FieldFrame, Hint } from '@/components/submission/FormFields'

type Props = { frame: FieldFrame; name: string; autoComplete: 'new-password' | 'current-password' }

/** A password field: never prefilled after an error (the browser's password manager may fill it). */
export function PasswordInput({ frame, name, autoComplete }: Props) {
  return (
    <div className={frame.error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={frame.id}>
        {frame.label}
      </label>
      <Hint {...frame} />
      <ErrorMessage {...frame} />
      <input
        className="field__input field__input--full"
        id={frame.id}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        spellCheck={false}
        aria-describedby={describedBy(frame)}
        aria-invalid={frame.error ? true : undefined}
      />
    </div>
  )
}
