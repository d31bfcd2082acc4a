// @vitest-environment jsdom
import { roundTripSuite } from './round-trip.suite';

roundTripSuite('jsdom');
