/**
 * The validator's messages (`contact.url: expected a link starting with http:// or https://`) ->
 * the form field they are about and the message in plain words for beside that field.
 */
import { fieldName } from './form-data.js';

export interface FieldIssue {
  /** The form field's name, or undefined for a problem with the whole configuration. */
  field?: string;
  message: string;
}

const PATH = /^((?:[A-Za-z0-9_-]+|\[\d+\])(?:\.[A-Za-z0-9_-]+|\[\d+\])*): (.+)$/s;

/** `facts.tms.price.es` -> ['facts', 'tms', 'price', 'es']; `provides[1]` -> ['provides', '1']. */
const keys = (path: string) => path.split(/\.|\[|\]/).filter(Boolean);

function fieldOf(path: string): string | undefined {
  const [top, second, third] = keys(path);
  switch (top) {
    case 'name':
      return 'clinic-name';
    case 'provides':
      return 'provides';
    case 'checked':
      return 'checked';
    case 'contact':
      return second === 'label' ? 'contact-label' : 'contact-url';
    case 'facts':
      return second && third ? fieldName.fact(second, third) : 'provides';
    default:
      return undefined;
  }
}

/** "is missing" -> "This is missing."; "expected a link ..." -> "Expected a link ...". */
export function plainMessage(message: string): string {
  const sentence = /^(is|has|contains|must) /.test(message) ? `This ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

export function fieldIssue(error: string): FieldIssue {
  const match = PATH.exec(error);
  const field = match ? fieldOf(match[1]) : undefined;
  return field && match ? { field, message: plainMessage(match[2]) } : { message: error };
}
