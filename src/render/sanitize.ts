import type { Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/** URL schemes a link in an article may use; anything else (javascript:, data:, vbscript:) is dropped. */
const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/)|\.{0,2}\/)/i;

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(compact)) return SAFE_URL.test(compact) || !compact.includes(':');
  return SAFE_URL.test(compact);
}

/**
 * Makes a maintainer's Markdown safe to publish: raw HTML is shown as the text it is (remark
 * would otherwise pass it on or drop it with its words), unsafe link targets become plain
 * text, and images become their alt text (a page never loads from another host).
 */
export function sanitizeMarkdown() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'html') {
        parent.children.splice(index, 1, { type: 'text', value: node.value } as never);
        return SKIP;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        const alt = node.alt ?? '';
        parent.children.splice(index, 1, ...(alt ? [{ type: 'text', value: alt } as never] : []));
        return [SKIP, index];
      }
      if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) {
        if (node.type === 'definition') { node.url = '#'; return; }
        parent.children.splice(index, 1, ...(node.children as never[]));
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
