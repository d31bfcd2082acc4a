// @vitest-environment happy-dom
import { roundTripSuite } from './round-trip.suite';

roundTripSuite('happy-dom');
