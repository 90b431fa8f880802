import Link from 'next/link'

export type Crumb = { label: string; href?: string }

/** Where the page sits (region → country → city): the last crumb is the current page. */
export function Breadcrumbs({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) => {
          const current = index === crumbs.length - 1
          return (
            <li key={`${index}-${crumb.label}`}>
              {crumb.href && !current ? (
                <Link href={crumb.href} prefetch={false}>
                  {crumb.label}
                </Link>
              ) : (
                <span aria-current={current ? 'page' : undefined}>{crumb.label}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
