// Reader-facing names of the annotation kinds, shared by the popup and the library.
import type { Kind } from '@/lib/model';

export const KIND_LABEL: Record<Kind, string> = {
  quote: 'Quote',
  disputed: 'Disputed',
  claim: 'Claim',
  highlight: 'Highlight',
};

export const KIND_PLURAL: Record<Kind, string> = {
  quote: 'Quotes',
  disputed: 'Disputed assertions',
  claim: 'Claims',
  highlight: 'Your highlights',
};
