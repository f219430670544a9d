/** Escape text for HTML element content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * Escape a draft's text for a <pre> whose DOM text must keep the draft's exact UTF-16
 * offsets: a carriage return is written as &#13; (the HTML parser turns a literal CR or
 * CRLF into LF, which would shift every offset after it).
 */
export function escapePreText(s: string): string {
  return escapeHtml(s).replace(/\r/g, '&#13;');
}
