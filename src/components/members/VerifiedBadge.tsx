/** The "Verified city official" badge: words, not only an icon. */
export function VerifiedBadge({ label }: { label: string }) {
  return (
    <p className="members-badge">
      <span aria-hidden="true">✔ </span>
      {label}
    </p>
  )
}
