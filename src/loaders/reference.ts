import { z } from 'astro/zod';

/** A reference to an entry of another collection, as Astro stores it. */
export interface EntryReference<C extends string> {
  id: string;
  collection: C;
}

/**
 * Astro's `reference(collection)` schema (`astro:content`; `createReference`
 * in astro/dist/content/runtime.js, Astro 7.4), for the content config. It
 * is the same schema: an id (a number is read as its decimal text) or an
 * `{ id | slug, collection }` object becomes `{ id, collection }`; Astro
 * checks that the entry exists once every collection is loaded.
 *
 * Why a copy: importing `astro:content` in `src/content.config.ts` makes
 * Astro's content sync, which loads the config through Vite's module runner
 * on every build, transform and run Astro's page runtime (about 100
 * modules of the 149 it loaded; 45 now) for this one function.
 * tests/unit/src/loaders/reference.test.ts holds it to Astro's.
 */
export function reference<C extends string>(collection: C) {
  return z
    .union([
      z.number().transform((num) => num.toString(10)),
      z.string(),
      z.object({ id: z.string(), collection: z.string() }),
      z.object({ slug: z.string(), collection: z.string() }),
    ])
    .transform((lookup, ctx): EntryReference<C> => {
      if (typeof lookup === 'object') {
        if (lookup.collection !== collection) {
          const flattenedErrorPath = ctx.issues[0]?.path?.join('.');
          ctx.addIssue({ code: 'custom', message: `**${flattenedErrorPath}**: Reference to ${collection} invalid. Expected ${collection}. Received ${lookup.collection}.` });
          return z.NEVER;
        }
        // Astro passes the object on as given (checked once every collection is loaded).
        return lookup as unknown as EntryReference<C>;
      }
      return { id: lookup, collection };
    });
}
