// @vitest-environment happy-dom
import { describe } from 'vitest';
import { runFixtureCases } from './fixtures/cases';

describe('article extraction on fixture pages (happy-dom)', runFixtureCases);
