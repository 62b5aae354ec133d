import { MemoryTrackerStore } from './memory-tracker-store.js';
import { trackerCases } from './tracker-cases.js';

trackerCases('in memory', () => new MemoryTrackerStore());
