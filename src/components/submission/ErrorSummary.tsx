import type { Ref } from 'react'

export type ErrorSummaryItem = { message: string; href?: string }

/** GOV.UK's error summary: every problem, each linked to its field, announced when it appears. */
export function ErrorSummary({ title, items, ref }: { title: string; items: ErrorSummaryItem[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={`${item.href ?? ''}${item.message}`}>{item.href ? <a href={item.href}>{item.message}</a> : item.message}</li>
        ))}
      </ul>
    </div>
  )
}
