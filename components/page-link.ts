// The address of a saved page as a link target: only http(s) and file pages are links. A record
// from an older import may hold a javascript: or data: address; it is shown as text, never followed.
import { isSourceUrl } from '@/lib/schema/records';

export const pageHref = (url: string): string | undefined => (isSourceUrl(url) ? url : undefined);
