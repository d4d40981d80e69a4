import type { z } from 'astro/zod';

/**
 * One line naming every problem zod found, each as `field: message`
 * (`listings.0.position: Too small: expected number to be >0`), for error
 * messages that say what was found where.
 */
export function describeIssues(error: z.ZodError, root = 'frontmatter'): string {
  return error.issues.map((issue) => `${issue.path.join('.') || root}: ${issue.message}`).join('; ');
}
