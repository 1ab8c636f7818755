/**
 * Set by the error page when the database could not be reached, read (and removed) by the
 * outermost middleware, which answers 503 instead of the 500 Astro gives its error route.
 */
export const DATABASE_UNAVAILABLE_HEADER = 'x-fazaa-database-unavailable'
