import type { Root, RootContent } from 'mdast';

/**
 * What a body says, as one string: its text with every formula, link, code
 * span and style marked, and nothing of how Markdown spells them. Two bodies
 * with the same meaning show the same thing; the ingest compares the tree it
 * writes with the tree that MDX reads back, so that escaping can never
 * silently change an abstract (emphasis in emphasis written `****x****`
 * reads back as strong).
 */
export function bodyMeaning(tree: Root): string {
  return tree.children.map(meaningOf).join('\n\n');
}

function meaningOf(node: RootContent): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/[<>\\]/g, '\\$&');
    case 'paragraph':
      return node.children.map(meaningOf).join('');
    case 'emphasis':
    case 'strong':
    case 'delete':
      return `<${node.type}>${node.children.map(meaningOf).join('')}</${node.type}>`;
    case 'link':
      return `<link ${node.url}>${node.children.map(meaningOf).join('')}</link>`;
    case 'inlineCode':
    case 'inlineMath':
    case 'math':
      return `<${node.type}>${node.value}</${node.type}>`;
    case 'break':
      return '\n';
    default:
      // Anything else (HTML, JSX, a heading, a list) was not written: a misreading.
      return `<${node.type}>${'children' in node ? (node.children as RootContent[]).map(meaningOf).join('') : 'value' in node ? String(node.value) : ''}</${node.type}>`;
  }
}
