/** A post's body: HTML that came out of renderMarkdown (src/lib/community/markdown) and nothing else. */
export function PostBody({ html }: { html: string }) {
  return <div className="community-post__body prose" dangerouslySetInnerHTML={{ __html: html }} />
}
