// @vitest-environment jsdom
import { describe } from 'vitest';
import { runFixtureCases } from './fixtures/cases';

describe('article extraction on fixture pages (jsdom)', runFixtureCases);
