import { UsageError } from '../errors.js';

/** Sizes a user's template may have (read with this cap, so a device or a pipe cannot stall a run). */

/** A restyled ND30 template is tens of kilobytes; a letterhead picture makes it a few megabytes. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;
/** The shipped markdown templates are a few kilobytes with a few hundred tags. */
export const MAX_HBS_BYTES = 1024 * 1024;
export const MAX_HBS_TAGS = 20_000;

/** A user's .hbs template: its number of tags (compiling 250,000 tags takes a minute). */
export function checkHbsTemplate(source: string, path: string): void {
  let tags = 0;
  for (let i = source.indexOf('{{'); i !== -1; i = source.indexOf('{{', i + 2)) {
    if (++tags > MAX_HBS_TAGS) {
      const count = source.split('{{').length - 1;
      throw new UsageError('templateTooManyTags', { path, count, limit: MAX_HBS_TAGS });
    }
  }
}
