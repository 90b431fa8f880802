import type { ReactNode } from 'react'

type Props = { id: string; title: string; children: ReactNode; className?: string }

/** One section of the practice template: a landmark named by its heading, reachable from "On this page". */
export function PracticeSection({ id, title, children, className }: Props) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={['practice-section', className].filter(Boolean).join(' ')}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  )
}
