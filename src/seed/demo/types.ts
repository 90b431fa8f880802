/** A city that demo practices use; the reference seed creates it with registry coordinates and population. */
export type DemoCity = { slug: string; name: string; country: string }
