type Props = { label: string; sections: Array<{ id: string; title: string }> }

/** "On this page": links to the sections this practice fills, in their order. */
export function PracticeToc({ label, sections }: Props) {
  if (sections.length < 3) return null
  return (
    <nav aria-label={label} className="practice-toc">
      <h2 className="practice-toc__title">{label}</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
